using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;

namespace CoDesign.Web.Tests.ScaleOut;

/// <summary>Two node processes over one seeded database, started together as after a rolling restart: neither has made a key before the other.</summary>
public sealed class TwoNodes : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public AppProcess A { get; private set; } = null!;

    public AppProcess B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await Databases.CreateSeededAsync(DatabaseProvider.PostgreSql);
        var starting = new[] { AppProcess.StartAsync(_database.ConnectionString), AppProcess.StartAsync(_database.ConnectionString) };
        A = await starting[0];
        B = await starting[1];
    }

    public async Task DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await _database.DisposeAsync();
    }
}
