namespace CoDesign.Web.Pages.Account;

public sealed class ResetPasswordForm
{
    public string? Email { get; set; }

    public string? Code { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }
}
