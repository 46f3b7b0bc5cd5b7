using CoDesign.Application.Tenancy;
using Microsoft.Extensions.Caching.Memory;

namespace CoDesign.Web.Tenancy;

/// <summary>
/// Slug → city, cached per node for a short while: resolution runs on every request, and a city
/// added on another node becomes visible here within <see cref="Lifetime"/>.
/// </summary>
public sealed class CityDirectory(IServiceScopeFactory scopeFactory, IMemoryCache cache)
{
    private const string CacheKey = "codesign:cities";
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<IReadOnlyDictionary<string, CityRef>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(CacheKey, out IReadOnlyDictionary<string, CityRef>? cached) && cached is not null)
        {
            return cached;
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<CityAppService>();
        var cities = await service.GetActiveCityRefsAsync(cancellationToken).ConfigureAwait(false);
        var map = cities.ToDictionary(c => c.Slug, StringComparer.OrdinalIgnoreCase);
        cache.Set(CacheKey, (IReadOnlyDictionary<string, CityRef>)map, Lifetime);
        return map;
    }

    public async Task<CityRef?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        var all = await GetAllAsync(cancellationToken).ConfigureAwait(false);
        return all.GetValueOrDefault(slug);
    }

    public void Invalidate() => cache.Remove(CacheKey);
}
