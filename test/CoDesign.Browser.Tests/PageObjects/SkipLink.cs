using Microsoft.Playwright;

namespace CoDesign.Browser.Tests.PageObjects;

/// <summary>The "skip to content" link, the first stop of the keyboard.</summary>
public sealed class SkipLink(IPage page)
{
    public ILocator Link => page.Locator("a.skip-link");

    /// <summary>True when the whole link lies inside the viewport (it is off-screen until focused).</summary>
    public async Task<bool> IsInsideViewportAsync()
    {
        var box = await Link.BoundingBoxAsync();
        var viewport = page.ViewportSize;
        return box is not null && viewport is not null
            && box.Width > 0 && box.Height > 0
            && box.X >= 0 && box.Y >= 0
            && box.X + box.Width <= viewport.Width && box.Y + box.Height <= viewport.Height;
    }
}
