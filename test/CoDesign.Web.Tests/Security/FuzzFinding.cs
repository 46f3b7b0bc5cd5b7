namespace CoDesign.Web.Tests.Security;

/// <summary>A response the fuzz objects to: what was sent, by whom, what came back and what the server logged.</summary>
internal sealed record FuzzFinding(FuzzCase Case, Person Person, int Status, string Excerpt, IReadOnlyList<string> ServerLog)
{
    public override string ToString() =>
        $"{Case.Operation.Key} as {Person} [{Case}] {Case.Operation.Method} {(Case.Url.Length <= 160 ? Case.Url : Case.Url[..160] + "…")} -> {Status} {Excerpt}{(ServerLog.Count == 0 ? string.Empty : " | server: " + string.Join(" | ", ServerLog))}";
}
