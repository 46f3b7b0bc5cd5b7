namespace CoDesign.Web.Tests.Security;

/// <summary>
/// Who may use a route. <see cref="Denied"/> are the statuses a signed-in person without access may
/// get (403, or 404 where the record is someone else's and its existence is not told); with
/// <see cref="NoOpForOthers"/> another person's call may also "succeed" as long as it changes nothing.
/// </summary>
internal sealed record Access(string Name, IReadOnlySet<Person> Allowed, IReadOnlySet<int> Denied, bool NoOpForOthers = false)
{
    private static readonly IReadOnlySet<int> Forbidden = new HashSet<int> { 403 };

    public static Access Public { get; } = new("Public", People.All.ToHashSet(), Forbidden);

    public static Access SignedIn { get; } = new("SignedIn", People.All.Where(p => p != Person.Anonymous).ToHashSet(), Forbidden);

    public static Access Only(params Person[] people) => new($"Only({string.Join(", ", people)})", people.ToHashSet(), Forbidden);

    /// <summary>The record belongs to <paramref name="owner"/>; others get 403 or 404.</summary>
    public static Access Owner(Person owner) => new($"Owner({owner})", new HashSet<Person> { owner }, new HashSet<int> { 403, 404 });

    /// <summary>The record belongs to <paramref name="owner"/>; others' calls are refused or do nothing.</summary>
    public static Access OwnerOrNoOp(Person owner) => new($"OwnerOrNoOp({owner})", new HashSet<Person> { owner }, new HashSet<int> { 403, 404 }, NoOpForOthers: true);

    public override string ToString() => Name;
}
