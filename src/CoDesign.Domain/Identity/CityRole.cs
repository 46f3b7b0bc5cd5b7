namespace CoDesign.Domain.Identity;

/// <summary>Roles that hold in one city only.</summary>
public enum CityRole
{
    Moderator,
    Official,
    CityAdmin,
}
