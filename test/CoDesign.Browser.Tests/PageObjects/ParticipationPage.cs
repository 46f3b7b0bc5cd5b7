using Microsoft.Playwright;

namespace CoDesign.Browser.Tests.PageObjects;

/// <summary>My participation (/account/participation): my ideas and drafts, my votes, the ideas I follow.</summary>
public sealed class ParticipationPage(IPage page)
{
    public const string Path = "/account/participation";

    public ILocator MyIdeas => Section("mine");

    public ILocator Voted => Section("voted");

    public ILocator Followed => Section("followed");

    public static ILocator IdeaLink(ILocator section, string path)
    {
        ArgumentNullException.ThrowIfNull(section);
        return section.Locator($"a[href='{path}']");
    }

    private ILocator Section(string id) => page.Locator($"main section[aria-labelledby='{id}-heading']");
}
