using Microsoft.Playwright;

namespace CoDesign.Browser.Tests.Harness;

/// <summary>
/// The text contrast of one element, against the first background behind it that is not
/// transparent. Needed beside axe: axe reports text in its background's own colour (1:1) as
/// "needs review", not as a violation, so text nobody can see passes it.
/// </summary>
public static class ContrastAssert
{
    private const string RatioScript = """
        e => {
          const rgba = s => (s.match(/[\d.]+/g) || []).map(Number);
          const channel = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
          const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
          let background = [255, 255, 255];
          for (let n = e; n; n = n.parentElement) {
            const c = rgba(getComputedStyle(n).backgroundColor);
            if (c.length >= 3 && (c.length < 4 || c[3] > 0)) { background = c; break; }
          }
          const [hi, lo] = [luminance(rgba(getComputedStyle(e).color)), luminance(background)].sort((x, y) => y - x);
          return (hi + 0.05) / (lo + 0.05);
        }
        """;

    /// <summary>Fails unless the element's text has at least <paramref name="minimum"/>:1 contrast (WCAG 1.4.3: 4.5 for normal text).</summary>
    public static async Task ReadableAsync(ILocator element, double minimum = 4.5)
    {
        ArgumentNullException.ThrowIfNull(element);
        var ratio = await element.EvaluateAsync<double>(RatioScript);
        ratio.ShouldBeGreaterThanOrEqualTo(minimum, $"text contrast of {element}");
    }
}
