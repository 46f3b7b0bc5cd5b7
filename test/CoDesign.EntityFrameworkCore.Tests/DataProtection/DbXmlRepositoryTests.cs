using System.Xml.Linq;
using CoDesign.EntityFrameworkCore.DataProtection;
using CoDesign.TestBase;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.EntityFrameworkCore.Tests.DataProtection;

/// <summary>Two nodes on one database share the key ring, so a cookie from one is read by the other.</summary>
public sealed class DbXmlRepositoryTests
{
    [Fact]
    public async Task KeyStoredByOneNode_IsReadByAnother()
    {
        await using var db = await Databases.CreateSeededAsync(DatabaseProvider.PostgreSql);
        await using var nodeA = TestServices.Create(db.Provider, db.ConnectionString);
        await using var nodeB = TestServices.Create(db.Provider, db.ConnectionString);

        var repoA = nodeA.Services.GetRequiredService<IXmlRepository>();
        var repoB = nodeB.Services.GetRequiredService<IXmlRepository>();
        repoB.GetAllElements().ShouldBeEmpty();

        repoA.StoreElement(new XElement("key", new XAttribute("id", "k1"), new XElement("secret", "s1")), "key-k1");

        var seen = repoB.GetAllElements();
        seen.Count.ShouldBe(1);
        seen.Single().Attribute("id")!.Value.ShouldBe("k1");
        seen.Single().Element("secret")!.Value.ShouldBe("s1");
        repoB.ShouldBeOfType<DbXmlRepository>();
    }
}
