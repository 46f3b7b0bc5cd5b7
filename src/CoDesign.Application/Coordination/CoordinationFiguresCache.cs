using System.Collections.Concurrent;

namespace CoDesign.Application.Coordination;

/// <summary>
/// Computed coordination views kept for <see cref="CoordinationOptions.CacheDuration"/> on this
/// node. Requests that arrive while a view is being computed wait for that one computation instead
/// of starting their own, so a busy dashboard costs one computation per period, not one per viewer.
/// Only aggregates and public idea facts are kept (no personal data), and only after the caller's
/// permission check. At most <see cref="MaxEntries"/> views are kept; past that, expired ones are
/// dropped, and if that is not enough, all of them.
/// </summary>
public sealed class CoordinationFiguresCache(CoordinationOptions options, TimeProvider clock)
{
    public const int MaxEntries = 20_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public bool Enabled => options.CacheDuration > TimeSpan.Zero;

    public async Task<T> GetOrCreateAsync<T>(string key, Func<Task<T>> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        if (!Enabled)
        {
            return await create().ConfigureAwait(false);
        }

        var now = clock.GetUtcNow();
        if (_entries.Count >= MaxEntries)
        {
            Trim(now);
        }

        while (true)
        {
            var entry = _entries.GetOrAdd(key, _ => new Entry(now + options.CacheDuration, new Lazy<Task<object>>(async () => await create().ConfigureAwait(false))));
            if (entry.ExpiresAt <= now)
            {
                _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
                continue;
            }

            try
            {
                return (T)await entry.Value.Value.ConfigureAwait(false);
            }
            catch
            {
                // A failed computation is not kept: the next request tries again.
                _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
                throw;
            }
        }
    }

    /// <summary>
    /// Computes the view now and puts it in place of the one kept, which readers go on getting
    /// until the new one is ready: what the warm-up uses so that no viewer of a warmed view waits.
    /// </summary>
    public async Task<T> RefreshAsync<T>(string key, Func<Task<T>> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        var value = await create().ConfigureAwait(false);
        if (Enabled)
        {
            var now = clock.GetUtcNow();
            if (_entries.Count >= MaxEntries)
            {
                Trim(now);
            }

            _entries[key] = new Entry(now + options.CacheDuration, new Lazy<Task<object>>(Task.FromResult<object>(value)));
        }

        return value;
    }

    private void Trim(DateTimeOffset now)
    {
        foreach (var entry in _entries.Where(e => e.Value.ExpiresAt <= now))
        {
            _entries.TryRemove(entry);
        }

        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }
    }

    private sealed record Entry(DateTimeOffset ExpiresAt, Lazy<Task<object>> Value);
}
