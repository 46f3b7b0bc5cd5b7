namespace CoDesign.Web.Tests.Security;

/// <summary>The nine kinds of people every route is tried with (all acting on Helsinki's routes).</summary>
public enum Person
{
    Anonymous,

    /// <summary>A resident with no role and no organisation (resident21).</summary>
    Participant,

    /// <summary>A resident who belongs to the demo firm (resident1).</summary>
    OrgMember,
    Moderator,
    Official,
    CityAdmin,

    /// <summary>Espoo's city admin acting on Helsinki's routes.</summary>
    OtherCityAdmin,
    Coordinator,
    PlatformAdmin,
}
