using System.Reflection;

namespace CoDesign.Web.Tests.Architecture;

/// <summary>Dependencies point inwards (STYLE.md): each layer may reference only the layers inside it.</summary>
public sealed class LayeringTests
{
    public static TheoryData<string, string[]> Allowed => new()
    {
        { "CoDesign.Domain", [] },
        { "CoDesign.Application", ["CoDesign.Domain"] },
        { "CoDesign.EntityFrameworkCore", ["CoDesign.Application", "CoDesign.Domain"] },
        { "CoDesign.HttpApi", ["CoDesign.Application", "CoDesign.Domain"] },
        { "CoDesign.Web", ["CoDesign.HttpApi", "CoDesign.EntityFrameworkCore", "CoDesign.Application", "CoDesign.Domain"] },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Layer_ReferencesOnlyInnerLayers(string assemblyName, string[] allowed)
    {
        var assembly = Assembly.Load(assemblyName);
        var ours = assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("CoDesign.", StringComparison.Ordinal)).ToList();
        ours.ShouldAllBe(n => allowed.Contains(n), $"{assemblyName} references {string.Join(", ", ours)}");
    }

    [Fact]
    public void DomainAndApplication_DoNotReferenceAspNetCoreMvcOrEfRelationalProviders()
    {
        foreach (var name in new[] { "CoDesign.Domain", "CoDesign.Application" })
        {
            var refs = Assembly.Load(name).GetReferencedAssemblies().Select(a => a.Name!).ToList();
            refs.ShouldNotContain("Microsoft.AspNetCore.Mvc.Core");
            refs.ShouldNotContain("Microsoft.EntityFrameworkCore.Relational");
            refs.ShouldNotContain("Npgsql");
            refs.ShouldNotContain("Microsoft.Data.Sqlite");
        }
    }

    [Fact]
    public void MailLibraries_AreOnlyInTheWebAdapter_AndSystemNetMailIsNowhere()
    {
        foreach (var name in new[] { "CoDesign.Domain", "CoDesign.Application", "CoDesign.EntityFrameworkCore", "CoDesign.HttpApi", "CoDesign.Web" })
        {
            var refs = Assembly.Load(name).GetReferencedAssemblies().Select(a => a.Name!).ToList();
            refs.ShouldNotContain("System.Net.Mail", name);
            if (name != "CoDesign.Web")
            {
                refs.ShouldNotContain("MailKit", name);
                refs.ShouldNotContain("MimeKit", name);
            }
        }

        Assembly.Load("CoDesign.Web").GetReferencedAssemblies().Select(a => a.Name).ShouldContain("MailKit");
    }

    [Fact]
    public void PagesAndEndpoints_NeverSeeTheDbContext()
    {
        var web = Assembly.Load("CoDesign.Web");
        var httpApi = Assembly.Load("CoDesign.HttpApi");
        var offenders = web.GetTypes().Where(t => t.Namespace?.StartsWith("CoDesign.Web.Pages", StringComparison.Ordinal) == true)
            .Concat(httpApi.GetTypes())
            .Where(t => t.GetConstructors().SelectMany(c => c.GetParameters()).Any(p => p.ParameterType.Name is "CoDesignDbContext" or "ICoDesignDbContext"))
            .Select(t => t.FullName)
            .ToList();
        offenders.ShouldBeEmpty();
    }
}
