namespace CoDesign.Web.Pages.Account.Manage;

public sealed class ProfileForm
{
    public string? DisplayName { get; set; }

    public string? PreferredLanguage { get; set; }
}
