namespace CoDesign.Web.Tests.Security;

/// <summary>The demo account behind each kind of person.</summary>
internal static class People
{
    public static readonly IReadOnlyList<Person> All = Enum.GetValues<Person>();

    public static string Email(Person person) => person switch
    {
        Person.Participant => "resident21@demo.codesign.fi",
        Person.OrgMember => "resident1@demo.codesign.fi",
        Person.Moderator => "helsinki-moderator@demo.codesign.fi",
        Person.Official => "helsinki-official@demo.codesign.fi",
        Person.CityAdmin => "helsinki-admin@demo.codesign.fi",
        Person.OtherCityAdmin => "espoo-admin@demo.codesign.fi",
        Person.Coordinator => "coordinator@demo.codesign.fi",
        Person.PlatformAdmin => "platform-admin@demo.codesign.fi",
        _ => throw new ArgumentOutOfRangeException(nameof(person), person, "Anonymous has no account."),
    };
}
