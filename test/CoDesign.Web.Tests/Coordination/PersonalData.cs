using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Web.Tests.Coordination;

/// <summary>Checks a response against what the users table holds: no e-mail address, person's name or user id may appear.</summary>
internal static class PersonalData
{
    public static async Task ShouldNotAppearInAsync(CoDesignApp app, string content)
    {
        var users = await app.InScopeAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Users.AsNoTracking()
            .Select(u => new { u.Id, u.Email, u.DisplayName }).ToListAsync());
        users.Count.ShouldBeGreaterThan(60);
        var found = new List<string>();
        foreach (var u in users)
        {
            foreach (var value in new[] { u.Id.ToString(), u.Id.ToString("N"), u.Email, u.DisplayName })
            {
                if (!string.IsNullOrWhiteSpace(value) && content.Contains(value, StringComparison.OrdinalIgnoreCase))
                {
                    found.Add(value);
                }
            }
        }

        found.ShouldBeEmpty();
        content.ShouldNotContain("@demo.codesign.fi");
        System.Text.RegularExpressions.Regex.IsMatch(content, @"[\w.+-]+@[\w-]+\.[\w.]+").ShouldBeFalse("no e-mail address of any kind");
    }
}
