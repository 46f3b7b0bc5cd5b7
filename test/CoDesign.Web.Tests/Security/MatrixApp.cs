using CoDesign.TestBase;

namespace CoDesign.Web.Tests.Security;

/// <summary>
/// The app with its job scheduler off, so nothing but the requests under test writes to the database
/// (no mail delivery or digests between two fingerprints).
/// </summary>
public sealed class MatrixApp : PostgresApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Jobs:Enabled"] = "false",
    };
}
