namespace CoDesign.Domain.MultiTenancy;

/// <summary>
/// AsyncLocal-backed so that requests, background jobs and tests share one mechanism and a
/// switch made in an awaited call never leaks into a sibling flow.
/// </summary>
public sealed class CurrentTenant : ICurrentTenant
{
    private static readonly AsyncLocal<TenantInfo?> Current = new();

    public Guid? Id => Current.Value?.Id;

    public string? Slug => Current.Value?.Slug;

    public bool IsAvailable => Current.Value?.Id is not null;

    public IDisposable Change(Guid? id, string? slug = null)
    {
        var previous = Current.Value;
        Current.Value = new TenantInfo(id, slug);
        return new RestoreScope(previous);
    }

    private sealed record TenantInfo(Guid? Id, string? Slug);

    private sealed class RestoreScope(TenantInfo? previous) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            Current.Value = previous;
            _disposed = true;
        }
    }
}
