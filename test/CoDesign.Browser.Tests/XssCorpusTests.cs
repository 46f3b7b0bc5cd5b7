using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoDesign.Browser.Tests.Harness;
using CoDesign.Browser.Tests.Injection;
using CoDesign.Domain.Identity;
using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CoDesign.Browser.Tests;

/// <summary>
/// The XSS corpus (Injection/xss-payloads.txt) in every field the app shows again, entered the way
/// people enter them (API and forms), then every page that shows them opened in Chromium: no
/// script runs (no dialog, no error, no window.__xss), the DOM has nothing that would run on a click
/// or focus, and every page carries a CSP that allows no inline script. The first test proves the
/// detector sees each payload when a page inserts it raw, so the others can fail.
/// </summary>
public class XssCorpusTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private int _visits;

    [Fact]
    public async Task Detector_SeesEveryPayloadRun_WhenAPageInsertsItRaw()
    {
        var detector = XssDetector.Attach(Page);
        var executed = 0;
        foreach (var payload in XssCorpus.All.Where(p => p.Kind != "mxss"))
        {
            await Page.EvaluateAsync("() => { delete window.__xss; }");
            var text = payload.Text;
            var html = payload.Kind switch
            {
                "html" => $"<div>{text}</div>",
                "attr" => $"<input value=\"{text}\"><input value='{text}'><textarea>{text}</textarea><title>{text}</title><a href=\"{text}\">x</a>",
                "url" => $"<a href=\"{System.Net.WebUtility.HtmlEncode(text)}\">x</a>",
                "md" => Markdig.Markdown.ToHtml(text),
                _ => throw new InvalidOperationException(payload.Kind),
            };

            // about:blank has no CSP: this is a page that forgot to encode.
            await Page.SetContentAsync("<!DOCTYPE html><html><body>" + html + "</body></html>");
            await Page.WaitForTimeoutAsync(payload.Kind == "html" ? 150 : 20);
            var findings = await detector.FindingsAsync(Page);
            findings.ShouldNotBeEmpty($"the detector missed {payload}");
            if (findings.Any(f => f.StartsWith("dialog", StringComparison.Ordinal) || f.StartsWith("window.__xss", StringComparison.Ordinal)))
            {
                executed++;
            }
        }

        output.WriteLine($"{XssCorpus.All.Count} payloads, all but the mXSS ones detected raw; {executed} ran script on their own (the others on a click or focus)");
        executed.ShouldBeGreaterThan(XssCorpus.All.Count / 3);
    }

    [Fact]
    public async Task PayloadsInEveryStoredField_RunNoScript_OnAnyPageThatShowsThem()
    {
        var corpus = XssCorpus.Storable;
        var token = Guid.NewGuid().ToString("N")[..10];
        var started = DateTime.UtcNow;
        var longText = XssCorpus.Pack(corpus, 4000, "\n\n");
        var reasons = XssCorpus.Pack(corpus, 1000, "\n");
        var names = XssCorpus.Pack(corpus, 100);
        var titles = XssCorpus.Pack(corpus, 150);

        using var coordinator = await ApiAsync("coordinator@demo.codesign.fi");
        using var cityAdmin = await ApiAsync("helsinki-admin@demo.codesign.fi");
        using var moderator = await ApiAsync("helsinki-moderator@demo.codesign.fi");
        using var official = await ApiAsync("helsinki-official@demo.codesign.fi");

        // A theme and a category named with payloads.
        var themeKey = "xss-" + token;
        await PostAsync(coordinator, "/api/v1/coordination/themes", new { key = themeKey, nameFi = names[0], nameSv = names[1], nameEn = names[2] });
        var categoryId = (await PostAsync(cityAdmin, "/api/v1/cities/helsinki/admin/categories", new { key = "xss-" + token, themeKey, nameFi = names[3], nameSv = names[4], nameEn = names[5] })).GetProperty("id").GetGuid();

        // A process whose every text is a payload, taking ideas today.
        static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
        var process = (await PostAsync(cityAdmin, "/api/v1/cities/helsinki/processes", new
        {
            titleFi = titles[0], titleSv = titles[1 % titles.Count], titleEn = titles[2 % titles.Count],
            questionFi = Cut(reasons[0], 300), questionSv = Cut(reasons[1 % reasons.Count], 300), questionEn = Cut(reasons[^1], 300),
            descriptionFi = longText[0], descriptionSv = longText[^1], descriptionEn = longText[0],
            categoryId, districts = string.Join('\n', names.Take(5).Select(n => n.Replace('\n', ' '))),
        })).GetProperty("id").GetGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await PostAsync(cityAdmin, $"/api/v1/cities/helsinki/processes/{process}/phases", new { kind = "Ideas", startsOn = today.AddDays(-1), endsOn = today.AddDays(5) });
        await PostAsync(cityAdmin, $"/api/v1/cities/helsinki/processes/{process}/publish", new { });

        // The author names themselves with a payload on the profile page; other people got theirs at registration.
        var authorEmail = $"xss-author-{token}@test.codesign.fi";
        var password = $"Xss-{token}-Salasana";
        await NewUserAsync(authorEmail, password, "Testaaja");
        var authorPage = await SignedInPageAsync(authorEmail, password);
        var author = XssDetector.Attach(authorPage);
        await authorPage.GotoAsync("/account/manage");
        await authorPage.Locator("#Input_DisplayName").FillAsync(names[6]);
        await authorPage.Locator("main#main form button[type='submit']").First.ClickAsync();
        await authorPage.WaitForURLAsync(u => u.Contains("saved", StringComparison.OrdinalIgnoreCase));
        var people = new List<(string Email, HttpClient Api)>();
        foreach (var name in names.Skip(7))
        {
            var email = $"xss-{people.Count}-{token}@test.codesign.fi";
            await NewUserAsync(email, password, name);
            people.Add((email, await ApiAsync(email, password)));
        }

        using var authorApi = await ApiAsync(authorEmail, password);
        var organisations = new List<Guid>();
        foreach (var name in titles.Take(3))
        {
            organisations.Add((await PostAsync(authorApi, "/api/v1/organisations/communities", new { name, type = "Association" })).GetProperty("id").GetGuid());
        }

        // Ideas: payloads in title and district, the whole corpus in the Markdown body.
        var ideas = new List<Guid>();
        for (var i = 0; i < titles.Count; i++)
        {
            var result = await PostAsync(authorApi, "/api/v1/cities/helsinki/ideas", new
            {
                title = titles[i],
                body = longText[i % longText.Count],
                categoryId,
                district = names[i % names.Count],
                language = "fi",
                organisationId = organisations[i % organisations.Count],
            });
            var id = result.GetProperty("id").GetGuid();
            if (result.GetProperty("status").GetString() == "AwaitingModeration")
            {
                await PostAsync(moderator, $"/api/v1/cities/helsinki/admin/ideas/{id}/approve", new { });
            }

            ideas.Add(id);
        }

        var first = ideas[0];
        var thread = (await PostAsync(authorApi, $"/api/v1/cities/helsinki/ideas/{first}/comments", new { body = longText[0] })).GetProperty("id").GetGuid();
        var hiddenComment = Guid.Empty;
        foreach (var (person, index) in people.Select((p, i) => (p, i)))
        {
            await PutAsync(person.Api, $"/api/v1/cities/helsinki/ideas/{first}/vote");
            var reply = (await PostAsync(person.Api, $"/api/v1/cities/helsinki/ideas/{first}/comments", new { body = longText[index % longText.Count], parentId = thread })).GetProperty("id").GetGuid();
            hiddenComment = index == 0 ? reply : hiddenComment;
        }

        // Moderation reasons, an official response and its correction.
        await PostAsync(moderator, $"/api/v1/cities/helsinki/admin/comments/{hiddenComment}/hide", new { reason = reasons[0] });
        await PostAsync(moderator, $"/api/v1/cities/helsinki/admin/ideas/{ideas[^1]}/hide", new { reason = reasons[1 % reasons.Count] });
        var response = (await PostAsync(official, $"/api/v1/cities/helsinki/ideas/{first}/responses", new { status = "UnderReview", textFi = longText[0], textSv = longText[^1], textEn = reasons[0] })).GetProperty("id").GetGuid();
        await PutAsync(official, $"/api/v1/cities/helsinki/ideas/{first}/responses/{response}", new { status = "UnderReview", textFi = longText[^1], textSv = longText[0], textEn = reasons[^1] });

        // A report through the idea page's form, accessibility feedback through the city's form.
        var reporter = await SignedInPageAsync(people[0].Email, password);
        await reporter.GotoAsync($"/helsinki/ideas/{ideas[1]}");
        await reporter.Locator("details#report summary").ClickAsync();
        await reporter.Locator("#report-idea").FillAsync(reasons[^1]);
        await reporter.Locator("details#report button[type='submit']").ClickAsync();
        await reporter.WaitForLoadStateAsync(LoadState.Load);
        var visitor = await NewPageAsync();
        await visitor.GotoAsync("/helsinki/accessibility");
        var feedback = visitor.Locator("main#main section[aria-labelledby='feedback-heading']");
        await feedback.Locator("#Input_Message").FillAsync($"XSS-{token}\n" + longText[0]);
        await feedback.Locator("#Input_Name").FillAsync(names[0]);
        await feedback.Locator("#Input_Page").FillAsync(reasons[0][..Math.Min(500, reasons[0].Length)]);
        await feedback.Locator("button[type='submit']").ClickAsync();
        await feedback.Locator(".success[role='status']").WaitForAsync();

        // The mail they caused: the author's comment notifications (subjects carry the title) and the feedback.
        var mails = await Fixture.InScopeAsync(async sp => await sp.GetRequiredService<CoDesignDbContext>().OutboxMails.IgnoreQueryFilters()
            .Where(m => m.CreatedAt >= started && (m.ToAddress == authorEmail || m.TextBody.Contains(token)))
            .Select(m => new { m.Id, m.TenantId, m.Subject }).ToListAsync());
        mails.ShouldContain(m => titles.Contains(m.Subject) || titles.Any(t => m.Subject.Contains(t, StringComparison.Ordinal)), "a mail subject carries an idea title");
        mails.Count.ShouldBeGreaterThan(1);

        // Every page that shows them, as the people who may see them.
        var anonymous = await NewPageAsync();
        var anonymousDetector = XssDetector.Attach(anonymous);
        string[] publicPaths =
        [
            "/", "/helsinki", $"/helsinki/ideas?category={categoryId}", $"/helsinki/ideas?category={categoryId}&sort=newest",
            $"/helsinki/ideas?theme={themeKey}", "/helsinki/ideas?sort=top", "/helsinki/accountability", "/opendata",
            "/api/v1/opendata/ideas.json?city=helsinki", $"/api/v1/cities/helsinki/ideas?category={categoryId}",
            .. organisations.Select(o => $"/helsinki/ideas?organisation={o}"),
            .. ideas.SkipLast(1).Select(i => $"/helsinki/ideas/{i}"),
            "/helsinki/processes", $"/helsinki/processes?theme={themeKey}", $"/helsinki/processes/{process}", $"/api/v1/cities/helsinki/processes/{process}",
        ];
        foreach (var path in publicPaths)
        {
            await VisitAsync(anonymous, anonymousDetector, path);
        }

        // The payloads are on the pages, as text: shown, not dropped and not run.
        await OpenAsync(anonymous, $"/helsinki/ideas/{first}");
        (await anonymous.Locator("main h1").First.TextContentAsync() ?? string.Empty).ShouldContain("<script>alert(1)</script>", Case.Sensitive);
        (await anonymous.Locator("main .idea-body").TextContentAsync() ?? string.Empty).ShouldContain("<img src=x onerror=alert(1)>", Case.Sensitive);
        (await anonymous.Locator("main .response-text").First.TextContentAsync() ?? string.Empty).ShouldContain("<svg onload=alert(1)>", Case.Sensitive);
        await OpenAsync(anonymous, $"/helsinki/processes/{process}");
        (await anonymous.Locator("main h1").First.TextContentAsync() ?? string.Empty).ShouldContain("<script>alert(1)</script>", Case.Sensitive);
        (await anonymous.Locator("main").TextContentAsync() ?? string.Empty).ShouldContain(names[7].Trim(), Case.Sensitive);

        foreach (var path in new[] { "/account/participation", "/account/notifications", "/account/organisations", "/account/manage", "/helsinki/ideas?mine=true", $"/helsinki/ideas/{first}", $"/helsinki/ideas/{ideas[^1]}" }
            .Concat(organisations.Select(o => $"/account/organisations/{o}")))
        {
            await VisitAsync(authorPage, author, path);
        }

        var reporterDetector = XssDetector.Attach(reporter);
        foreach (var path in new[] { $"/helsinki/ideas/{first}", "/account/participation", "/account/notifications" })
        {
            await VisitAsync(reporter, reporterDetector, path);
        }

        await VisitAsAsync("helsinki-moderator@demo.codesign.fi", ["/helsinki/admin", "/helsinki/admin/moderation", $"/helsinki/ideas/{first}", $"/helsinki/ideas/{ideas[1]}", $"/helsinki/ideas/{ideas[^1]}"]);
        await VisitAsAsync("helsinki-official@demo.codesign.fi", [$"/helsinki/ideas/{first}", "/helsinki/admin/accountability", "/account/notifications"]);
        await VisitAsAsync("helsinki-admin@demo.codesign.fi", [
            "/helsinki/admin/audit", "/helsinki/admin/categories", "/helsinki/admin/roles", "/helsinki/admin/settings", "/helsinki/admin/mail",
            "/helsinki/admin/processes", $"/helsinki/admin/processes/{process}",
            .. mails.Where(m => m.TenantId is not null).Select(m => $"/helsinki/admin/mail/{m.Id}")]);
        await VisitAsAsync("coordinator@demo.codesign.fi", ["/coordination", "/coordination?figure=ideas", "/coordination/themes", $"/coordination/themes/{themeKey}"]);
        await VisitAsAsync("platform-admin@demo.codesign.fi", ["/admin/mail", "/admin/jobs", .. mails.Select(m => $"/admin/mail/{m.Id}")]);

        foreach (var (_, api) in people)
        {
            api.Dispose();
        }

        output.WriteLine($"{corpus.Count} payloads; {titles.Count} ideas, {people.Count + 1} people, {organisations.Count} organisations, {mails.Count} mails; {_visits} page visits");
    }

    [Fact]
    public async Task PayloadsInQueryStringsAndPaths_RunNoScript()
    {
        var detector = XssDetector.Attach(Page);
        string[] listParameters = ["q", "sort", "category", "theme", "district", "status", "organisation", "cursor"];
        var payloads = XssCorpus.All;
        for (var i = 0; i < payloads.Count; i++)
        {
            // Each visit puts a different payload in each parameter, so every payload goes through every parameter.
            var query = string.Join("&", listParameters.Select((name, j) => $"{name}={Uri.EscapeDataString(payloads[(i + j) % payloads.Count].Text)}"));
            var p = Uri.EscapeDataString(payloads[i].Text);
            await VisitAsync(Page, detector, "/helsinki/ideas?" + query);
            await VisitAsync(Page, detector, $"/account/login?returnUrl={p}");
            if (i % 4 == 0)
            {
                await VisitAsync(Page, detector, $"/helsinki/ideas/{p}", expectedStatus: 404);
                await VisitAsync(Page, detector, $"/helsinki/accessibility?lang={p}&sent={p}");
            }
        }

        output.WriteLine($"{payloads.Count} payloads through {listParameters.Length} list parameters, the sign-in return address and paths; {_visits} page visits");
    }

    private async Task VisitAsAsync(string email, IEnumerable<string> paths)
    {
        var page = await SignedInPageAsync(email, Databases.DemoPassword);
        var detector = XssDetector.Attach(page);
        foreach (var path in paths)
        {
            await VisitAsync(page, detector, path);
        }
    }

    private async Task VisitAsync(IPage page, XssDetector detector, string path, int expectedStatus = 200)
    {
        var response = await OpenAsync(page, path, expectedStatus);
        _visits++;
        AssertScriptPolicy(response, path);
        var findings = await detector.FindingsAsync(page);
        findings.ShouldBeEmpty($"{path}: {string.Join(" | ", findings)}");
    }

    /// <summary>A CSP whose script sources allow no inline script, eval, data: or other hosts.</summary>
    private static void AssertScriptPolicy(IResponse response, string path)
    {
        response.Headers.TryGetValue("content-security-policy", out var csp).ShouldBeTrue($"{path} has no Content-Security-Policy");
        var directives = csp!.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToArray(), StringComparer.OrdinalIgnoreCase);
        var scripts = directives.GetValueOrDefault("script-src") ?? directives.GetValueOrDefault("default-src");
        scripts.ShouldNotBeNull($"{path}: no script-src or default-src in {csp}");
        scripts.ShouldBe(["'self'"], $"{path}: script-src in {csp}");
        directives.GetValueOrDefault("object-src").ShouldBe(["'none'"], $"{path}: object-src in {csp}");
        directives.ShouldContainKey("base-uri", $"{path}: {csp}");
        response.Headers.GetValueOrDefault("x-content-type-options").ShouldBe("nosniff", path);
    }

    private async Task<IPage> SignedInPageAsync(string email, string password)
    {
        var page = await NewPageAsync();
        await OpenAsync(page, "/account/login?returnUrl=%2Faccount%2Fmanage");
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(password);
        await page.Locator("main#main form button[type='submit']").First.ClickAsync();
        try
        {
            await page.WaitForURLAsync(u => u.Contains("/account/manage", StringComparison.Ordinal));
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"Signing in as {email} ended at {page.Url}: " + await page.Locator("main").InnerTextAsync());
        }

        return page;
    }

    private Task<bool> NewUserAsync(string email, string password, string displayName) => Fixture.InScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var result = await users.CreateAsync(new AppUser { Email = email, UserName = email, DisplayName = displayName, EmailConfirmed = true, PreferredLanguage = "fi", CreatedAt = DateTime.UtcNow }, password);
        result.Succeeded.ShouldBeTrue(string.Join(", ", result.Errors.Select(e => e.Description)));
        return true;
    });

    private async Task<HttpClient> ApiAsync(string email, string password = Databases.DemoPassword)
    {
        var client = new HttpClient { BaseAddress = Fixture.BaseAddress };
        using var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        login.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        return client;
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body, Json);
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"POST {path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(text, Json);
    }

    private static async Task PutAsync(HttpClient client, string path, object? body = null)
    {
        using var response = body is null ? await client.PutAsync(path, null) : await client.PutAsJsonAsync(path, body, Json);
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"PUT {path}: {(int)response.StatusCode} {text}");
    }
}
