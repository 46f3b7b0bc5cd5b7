namespace CoDesign.Web.Pages.Account.Manage;

public sealed class ChangeEmailForm
{
    public string? NewEmail { get; set; }

    public string? CurrentPassword { get; set; }
}
