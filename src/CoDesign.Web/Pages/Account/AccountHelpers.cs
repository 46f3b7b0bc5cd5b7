using System.Text;
using CoDesign.Domain.Identity;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.WebUtilities;

namespace CoDesign.Web.Pages.Account;

/// <summary>Small pieces the account pages share: token encoding and Identity errors in the user's language.</summary>
public static class AccountHelpers
{
    public static string EncodeToken(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? DecodeToken(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encoded));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Identity's error codes (PasswordTooShort, DuplicateEmail...) as field errors.</summary>
    public static void AddIdentityErrors(ModelStateDictionary state, IdentityResult result, PageTexts texts, string passwordField, string emailField)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(texts);
        foreach (var error in result.Errors)
        {
            var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? passwordField
                : error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) ? emailField
                : string.Empty;
            var key = error.Code switch
            {
                "DuplicateUserName" or "DuplicateEmail" => "Identity.DuplicateEmail",
                "InvalidEmail" or "InvalidUserName" => "Identity.InvalidEmail",
                "PasswordTooShort" => "Identity.PasswordTooShort",
                "PasswordRequiresUniqueChars" => "Identity.PasswordRequiresUniqueChars",
                CoDesign.Web.Identity.CommonPasswordValidator.ErrorCode => "Identity.PasswordTooCommon",
                "PasswordMismatch" => "Identity.PasswordMismatch",
                "InvalidToken" => "Identity.InvalidToken",
                _ => "Identity.Generic",
            };
            state.AddModelError(field, texts.Format(key, 12));
        }
    }

    /// <summary>
    /// The password asked again before a sensitive change (address, password, deleting the
    /// account). Failures count towards the same lockout as signing in, so a stolen session cannot
    /// be used to guess the password. Null when it is right; otherwise the message for the field.
    /// </summary>
    public static async Task<string?> RecheckPasswordAsync(SignInManager<AppUser> signIn, AppUser user, string? password, PageTexts texts)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        ArgumentNullException.ThrowIfNull(texts);
        if (string.IsNullOrEmpty(password))
        {
            return texts["ManageEmail.WrongPassword"];
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true).ConfigureAwait(false);
        return result.Succeeded ? null : result.IsLockedOut ? texts["Login.LockedOut"] : texts["ManageEmail.WrongPassword"];
    }

    public static bool IsValidEmail(string? email) =>
        !string.IsNullOrWhiteSpace(email) && CoDesign.Domain.Notifications.MailGuard.IsValidAddress(email.Trim());
}
