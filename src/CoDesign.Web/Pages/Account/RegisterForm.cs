namespace CoDesign.Web.Pages.Account;

public sealed class RegisterForm
{
    public string? DisplayName { get; set; }

    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }
}
