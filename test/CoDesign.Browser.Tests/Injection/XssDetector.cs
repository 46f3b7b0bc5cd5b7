using Microsoft.Playwright;

namespace CoDesign.Browser.Tests.Injection;

/// <summary>
/// Watches a page for script that should not have run: dialogs (alert, confirm, prompt), uncaught
/// errors, console errors (a payload that runs half-way, or one the CSP refused, reports there) and
/// window.__xss. After each load it also reads the DOM for what would run on a click or a focus:
/// event-handler attributes, script-capable addresses, frames and scripts from elsewhere. The app's
/// own pages have none of these, so any finding is injected markup.
/// </summary>
public sealed class XssDetector
{
    private const string DomScan = """
        () => {
          const found = [];
          const scheme = /^(javascript|data|vbscript):/i;
          const strip = s => (s || '').replace(/[\u0000-\u0020\u007f-\u009f\u200b\u200c\u200d\ufeff]/g, '');
          for (const el of document.querySelectorAll('*')) {
            const tag = el.localName.toLowerCase();
            if (['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'template'].includes(tag)) found.push('<' + tag + '>');
            if (tag === 'script' && (!el.src || new URL(el.src).origin !== location.origin)) found.push('script ' + (el.src || el.textContent).slice(0, 80));
            if (tag === 'meta' && (el.getAttribute('http-equiv') || '').toLowerCase() === 'refresh') found.push('meta refresh');
            for (const a of el.attributes) {
              const name = a.name.toLowerCase();
              if (name.startsWith('on')) found.push(tag + ' ' + name + '=' + a.value.slice(0, 80));
              else if (name === 'srcdoc') found.push(tag + ' srcdoc');
              else if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'lowsrc', 'dynsrc'].includes(name) && scheme.test(strip(a.value))) found.push(tag + ' ' + name + '=' + a.value.slice(0, 80));
            }
          }
          if (typeof window.__xss !== 'undefined') found.push('window.__xss = ' + window.__xss);
          return found;
        }
        """;

    private readonly List<string> _events = [];

    private XssDetector()
    {
    }

    public static XssDetector Attach(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var detector = new XssDetector();
        page.Dialog += (_, dialog) =>
        {
            detector.Add($"dialog ({dialog.Type}): {dialog.Message}");
            _ = dialog.DismissAsync();
        };
        page.PageError += (_, error) => detector.Add($"page error: {error}");
        page.Console += (_, message) =>
        {
            // A page answered 404 on purpose logs a failed load; that is the network, not script.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource:", StringComparison.Ordinal))
            {
                detector.Add($"console error: {message.Text}");
            }
        };
        return detector;
    }

    /// <summary>What has happened since the last call, and what the DOM holds now.</summary>
    public async Task<IReadOnlyList<string>> FindingsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);

        // Handlers such as onload and onerror fire after the load event; give them a moment.
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.WaitForTimeoutAsync(50);
        var found = new List<string>(await page.EvaluateAsync<string[]>(DomScan));
        lock (_events)
        {
            found.InsertRange(0, _events);
            _events.Clear();
        }

        return found;
    }

    private void Add(string finding)
    {
        lock (_events)
        {
            _events.Add(finding);
        }
    }
}
