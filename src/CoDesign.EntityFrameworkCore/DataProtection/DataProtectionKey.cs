namespace CoDesign.EntityFrameworkCore.DataProtection;

/// <summary>A data-protection key ring entry, shared by every node through the database.</summary>
public class DataProtectionKey
{
    public const int MaxFriendlyNameLength = 200;

    public Guid Id { get; set; }

    public string? FriendlyName { get; set; }

    public string Xml { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }
}
