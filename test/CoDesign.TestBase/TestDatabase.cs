using CoDesign.EntityFrameworkCore;

namespace CoDesign.TestBase;

/// <summary>A database of its own for one test class; dropped (or deleted) when disposed.</summary>
public sealed class TestDatabase(DatabaseProvider provider, string connectionString, Func<Task> drop) : IAsyncDisposable
{
    public DatabaseProvider Provider { get; } = provider;

    public string ConnectionString { get; } = connectionString;

    public ValueTask DisposeAsync() => new(drop());
}
