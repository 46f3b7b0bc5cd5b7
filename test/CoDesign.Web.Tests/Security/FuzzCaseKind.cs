namespace CoDesign.Web.Tests.Security;

/// <summary>What a fuzz case varies, for the tally of cases sent.</summary>
internal enum FuzzCaseKind
{
    /// <summary>Every input valid (real ids): the call the others are variations of.</summary>
    Baseline,

    /// <summary>One path parameter changed: another real id, another city's, a random or malformed one.</summary>
    PathParameter,

    /// <summary>One query parameter changed or left out.</summary>
    QueryParameter,

    /// <summary>Unknown, repeated and very many query parameters.</summary>
    QueryShape,

    /// <summary>One body property changed: a boundary value of its type or a value of another type.</summary>
    BodyProperty,

    /// <summary>One required body property left out.</summary>
    BodyMissing,

    /// <summary>The body as a whole: null, wrong type, extra properties, deep nesting, huge, random bytes, malformed, another content type.</summary>
    BodyShape,

    /// <summary>Several inputs changed at random at once.</summary>
    Combination,
}
