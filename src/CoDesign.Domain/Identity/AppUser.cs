using Microsoft.AspNetCore.Identity;

namespace CoDesign.Domain.Identity;

/// <summary>One account for the whole platform; roles are per city (<see cref="CityRoleAssignment"/>).</summary>
public class AppUser : IdentityUser<Guid>
{
    public const int MaxDisplayNameLength = 100;

    public AppUser()
    {
        DisplayName = string.Empty;
        PreferredLanguage = "fi";
    }

    public string DisplayName { get; set; }

    /// <summary>fi, sv or en: the language of mail and of pages before the person chooses.</summary>
    public string PreferredLanguage { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When the person deleted the account; the row stays as an anonymous "deleted participant".</summary>
    public DateTime? DeletedAt { get; set; }
}
