namespace CoDesign.Web.Tests.Security;

/// <summary>
/// One operation of the matrix: a route pattern, a method (and a page handler), who may use it, and
/// what to send. Route values, forms and bodies are valid ones, so a refused call that slipped through
/// would change the database and be caught.
/// </summary>
internal sealed record MatrixRow(string Key, Access Access)
{
    /// <summary>Route values in place of the defaults (city Helsinki, the main idea, ...).</summary>
    public Func<MatrixIds, Dictionary<string, string>>? Route { get; init; }

    /// <summary>Form fields of a page post (the antiforgery token is added).</summary>
    public Func<MatrixIds, List<KeyValuePair<string, string>>>? Form { get; init; }

    /// <summary>The JSON body of an API call.</summary>
    public Func<MatrixIds, object>? Json { get; init; }

    /// <summary>Statuses besides success a person with access may get (a made-up token's 404, a rule's 409).</summary>
    public IReadOnlySet<int> AllowedAlso { get; init; } = new HashSet<int>();

    /// <summary>The call signs the person out; the test signs them in again.</summary>
    public bool EndsSession { get; init; }
}
