using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.EntityFrameworkCore.DataProtection;

/// <summary>
/// Keeps the data-protection key ring in the database so that every node can read cookies and
/// tokens made by any other (the EF package for this cannot be restored here; see docs/adr).
/// </summary>
public sealed class DbXmlRepository(IServiceScopeFactory scopeFactory, TimeProvider clock) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopeFactory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CoDesignDbContext>();
        return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.CreatedAt).Select(k => k.Xml).ToList()
            .Select(xml => XElement.Parse(xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var scope = scopeFactory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CoDesignDbContext>();
        db.DataProtectionKeys.Add(new DataProtectionKey
        {
            Id = Guid.NewGuid(),
            FriendlyName = friendlyName is { Length: > DataProtectionKey.MaxFriendlyNameLength } ? friendlyName[..DataProtectionKey.MaxFriendlyNameLength] : friendlyName,
            Xml = element.ToString(SaveOptions.DisableFormatting),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        db.SaveChanges();
    }
}
