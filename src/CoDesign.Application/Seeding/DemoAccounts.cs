namespace CoDesign.Application.Seeding;

/// <summary>The demo accounts of the embedded/development mode (PRODUCT.md, Running it).</summary>
public static class DemoAccounts
{
    public const string Domain = "demo.codesign.fi";
    public const int Residents = 50;

    public static string PlatformAdmin => $"platform-admin@{Domain}";

    public static string Coordinator => $"coordinator@{Domain}";

    public static string CityAdmin(string city) => $"{city}-admin@{Domain}";

    public static string Moderator(string city) => $"{city}-moderator@{Domain}";

    public static string Official(string city) => $"{city}-official@{Domain}";

    public static string Resident(int n) => $"resident{n}@{Domain}";
}
