using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CoDesign.Application.Localization;
using CoDesign.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Web.Tests.Errors;

/// <summary>
/// Bad input to every API operation that takes some: broken and mistyped JSON, unknown enum values,
/// overlong strings, NUL characters (PostgreSQL text cannot hold one), lone surrogates and invalid
/// UTF-8, bodies over the limit, absurd paging and dates, the wrong content type, no body. Each is
/// a 4xx problem details with a code, never a 500, and nothing is stored. Page forms get the form
/// back with a message in the reader's language, or a friendly 4xx page.
/// </summary>
public sealed class BadInputTests(BadInputApp app) : IClassFixture<BadInputApp>
{
    public const string Resident = "resident1@demo.codesign.fi";
    public const string Coordinator = "coordinator@demo.codesign.fi";
    private const string Admin = "helsinki-admin@demo.codesign.fi";
    private const string Moderator = "helsinki-moderator@demo.codesign.fi";
    private const string Official = "helsinki-official@demo.codesign.fi";
    private const string Validation = "CoDesign:Validation";
    private const string TooLarge = "CoDesign:PayloadTooLarge";
    private const string MediaType = "CoDesign:UnsupportedMediaType";
    private const string Marker = "\"@@BAD@@\"";
    private const int Oversized = 5 * 1024 * 1024;

    private static readonly TextCatalog Catalog = new();

    private static readonly Operation[] Operations =
    [
        new("login", null, "POST", "/api/v1/auth/login", """{"email":"nobody@example.com","password":"not the password"}""", ["email", "password"], ["email", "password"]),
        new("submitIdea", Resident, "POST", "/api/v1/cities/helsinki/ideas", """{"title":"A perfectly good title","body":"A body","categoryId":"{category}","district":"Kallio","latitude":60.17,"longitude":24.94,"language":"fi"}""", ["title", "body", "district"], ["title", "body", "categoryId"]),
        new("saveDraft", Resident, "POST", "/api/v1/cities/helsinki/ideas/drafts", """{"title":"A perfectly good title","body":"A body","categoryId":"{category}","district":"Kallio","language":"fi"}""", ["title", "body", "district"], ["title", "body"]),
        new("updateDraft", Resident, "PUT", "/api/v1/cities/helsinki/ideas/drafts/{draft}", """{"title":"A perfectly good title","body":"A body","categoryId":"{category}","district":"Kallio","language":"fi"}""", ["title", "body", "district"], ["title", "body"]),
        new("comment", Resident, "POST", "/api/v1/cities/helsinki/ideas/{idea}/comments", """{"body":"A comment"}""", ["body"], ["body"]),
        new("editComment", Resident, "PATCH", "/api/v1/cities/helsinki/ideas/{idea}/comments/{comment}", """{"body":"An edited comment"}""", ["body"], ["body"]),
        new("respond", Official, "POST", "/api/v1/cities/helsinki/ideas/{idea}/responses", """{"status":"UnderReview","textFi":"Selvitämme","textSv":"Vi utreder","textEn":"We look into it"}""", ["status", "textFi", "textSv", "textEn"], ["status"]),
        new("createFirm", Resident, "POST", "/api/v1/organisations/firms", """{"name":"Bad Input Oy","businessId":"0737546-2"}""", ["name", "businessId"], ["name", "businessId"]),
        new("createCommunity", Resident, "POST", "/api/v1/organisations/communities", """{"name":"Bad input club","type":"Association"}""", ["name"], ["name"]),
        new("invite", Resident, "POST", "/api/v1/organisations/{org}/invitations", """{"email":"someone@example.com","language":"fi"}""", ["email"], ["email"]),
        new("acceptInvitation", Resident, "POST", "/api/v1/organisations/invitations/accept", """{"token":"not-a-token"}""", ["token"], ["token"]),
        new("settings", Admin, "PUT", "/api/v1/cities/helsinki/admin/settings", """{"votingOpen":true,"votingStartsAt":null,"votingEndsAt":null,"activeVoteCap":null,"supportThreshold":50,"responseDays":30,"moderationMode":"PostModeration","reportsToHide":3,"languages":["fi","sv"],"digestHour":7,"digestMinute":0}""", ["moderationMode"], ["moderationMode", "languages", "supportThreshold"]),
        new("addCategory", Admin, "POST", "/api/v1/cities/helsinki/admin/categories", """{"key":"bad-input","themeKey":"{theme}","nameFi":"Huono","nameSv":"Dålig","nameEn":"Bad"}""", ["key", "themeKey", "nameFi", "nameSv", "nameEn"], ["key", "nameFi"]),
        new("grantRole", Admin, "POST", "/api/v1/cities/helsinki/admin/roles", """{"email":"resident2@demo.codesign.fi","role":"Moderator"}""", ["email"], ["email", "role"]),
        new("hideIdea", Moderator, "POST", "/api/v1/cities/helsinki/admin/ideas/{idea2}/hide", """{"reason":"Off topic"}""", ["reason"], ["reason"]),
        new("hideComment", Moderator, "POST", "/api/v1/cities/helsinki/admin/comments/{comment}/hide", """{"reason":"Off topic"}""", ["reason"], ["reason"]),
        new("merge", Moderator, "POST", "/api/v1/cities/helsinki/admin/ideas/{idea2}/merge", """{"survivorId":"{idea}"}""", [], ["survivorId"]),
        new("addTheme", Coordinator, "POST", "/api/v1/coordination/themes", """{"key":"bad-input","nameFi":"Huono","nameSv":"Dålig","nameEn":"Bad"}""", ["key", "nameFi", "nameSv", "nameEn"], ["key", "nameFi"]),
        new("renameTheme", Coordinator, "PUT", "/api/v1/coordination/themes/{theme}", """{"nameFi":"Huono","nameSv":"Dålig","nameEn":"Bad"}""", ["nameFi", "nameSv", "nameEn"], ["nameFi"]),
        new("moveTheme", Coordinator, "POST", "/api/v1/coordination/themes/{theme}/move", """{"direction":1}""", [], ["direction"]),
        new("preferences", Resident, "PUT", "/api/v1/me/notification-preferences", """{"idea.comment":"Weekly"}""", ["idea.comment"], []),
    ];

    private static readonly Dictionary<string, ApiCase> ApiCases = BuildApiCases();
    private static readonly Dictionary<string, PageCase> PageCases = BuildPageCases();

    public static TheoryData<string> Api => new(ApiCases.Keys);

    public static TheoryData<string> Pages => new(PageCases.Keys);

    [Theory]
    [MemberData(nameof(Api))]
    public async Task ApiOperation_WithBadInput_IsA4xxProblemWithACode_AndStoresNothing(string name)
    {
        var c = ApiCases[name];
        var ids = await app.IdsAsync();
        var before = await SnapshotAsync();
        app.TakeErrors();
        using var client = await app.ClientAsync(c.Who);
        using var request = new HttpRequestMessage(new HttpMethod(c.Method), Fill(c.Path, ids));
        if (c.Body is not null)
        {
            request.Content = new ByteArrayContent(c.Body(ids));

            // As curl and other clients do for a big body: the server can refuse it before it is sent.
            request.Headers.ExpectContinue = request.Content.Headers.ContentLength > 1024 * 1024;
            if (c.ContentType is not null)
            {
                request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(c.ContentType);
            }
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        status.ShouldBeOneOf(c.Statuses, $"{name}: {body[..Math.Min(body.Length, 500)]} {app.TakeErrors()}");
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", name);
        var code = JsonDocument.Parse(body).RootElement.GetProperty("code").GetString();
        if (c.Code is null)
        {
            code.ShouldStartWith("CoDesign:", Case.Sensitive, name);
        }
        else
        {
            code.ShouldBe(c.Code, name);
        }

        (await SnapshotAsync()).ShouldBe(before, name);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task PageForm_WithBadInput_ComesBackWithAMessageInTheReadersLanguage_OrA4xxPage_AndStoresNothing(string name)
    {
        var c = PageCases[name];
        var ids = await app.IdsAsync();
        var before = await SnapshotAsync();
        app.TakeErrors();
        using var browser = c.Who is null ? new Browserless(app.BaseAddress) : await SignIn.BrowserAsync(app, c.Who, c.Language);
        if (c.Who is null)
        {
            browser.Cookies.Add(new Cookie(".AspNetCore.Culture", $"c={c.Language}-FI|uic={c.Language}", "/", app.BaseAddress.Host));
        }

        var page = await browser.GetAsync(Fill(c.Page, ids));
        page.Status.ShouldBe(HttpStatusCode.OK, $"{name}: the form page");
        var fields = c.Fields.ToDictionary(kv => kv.Key, kv => Fill(kv.Value, ids));
        var response = await PostAsync(browser, page, c.Form, c.Content?.Invoke(page) ?? Form(page, c.Form, fields), c.Action);
        var result = await browser.FollowAsync(response);
        ((int)result.Status).ShouldBeInRange(200, 499, $"{name}: {result.H1} {app.TakeErrors()}");
        result.Lang.ShouldBe(c.Language, name);
        if (result.Status == HttpStatusCode.OK)
        {
            // The form again, with an error summary in the reader's language.
            var summary = result.Document.QuerySelector(".error-summary")?.TextContent ?? string.Empty;
            summary.ShouldNotBeNullOrWhiteSpace($"{name}: {result.H1}");
            Texts(c.Language).ShouldContain(t => summary.Contains(t, StringComparison.Ordinal), $"{name}: {summary.Trim()}");
        }
        else
        {
            result.H1.ShouldBe(ErrorHeading(c.Language, (int)result.Status), name);
        }

        (await SnapshotAsync()).ShouldBe(before, name);
    }

    private static async Task<HttpResponseMessage> PostAsync(Browserless browser, Browserless.Page page, string formSelector, HttpContent content, string? action)
    {
        using (content)
        {
            var form = page.Document.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}.");
            var target = action ?? form.GetAttribute("action");
            var uri = string.IsNullOrEmpty(target) ? page.Url : new Uri(page.Url, target);
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content };
            request.Headers.ExpectContinue = content.Headers.ContentLength > 1024 * 1024;
            return await browser.Http.SendAsync(request);
        }
    }

    /// <summary>The catalog's texts in one language (up to the first placeholder), those that differ from the other languages.</summary>
    private static HashSet<string> Texts(string language)
    {
        return Catalog.Keys
            .Select(k => (Text: Catalog.Text(k, language).Split('{')[0].Trim(), Others: Languages.All.Where(l => l != language).Select(l => Catalog.Text(k, l)).ToList()))
            .Where(t => t.Text.Length >= 8 && !t.Others.Any(o => o.StartsWith(t.Text, StringComparison.Ordinal)))
            .Select(t => t.Text)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The heading of the error page for a 4xx status, as the catalog words it in the language.</summary>
    private static string ErrorHeading(string language, int status) =>
        Catalog.Text($"ErrorPage.{(status is 401 or 403 or 404 or 413 or 429 ? status : 400)}.Heading", language);

    private static string Fill(string template, IReadOnlyDictionary<string, string> ids)
    {
        foreach (var (key, value) in ids)
        {
            template = template.Replace("{" + key + "}", value, StringComparison.Ordinal);
        }

        return template;
    }

    /// <summary>Rows of every table a refused request must not have written to.</summary>
    private Task<string> SnapshotAsync() => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CoDesignDbContext>();
        var counts = new[]
        {
            await db.Ideas.IgnoreQueryFilters().CountAsync(),
            await db.Comments.IgnoreQueryFilters().CountAsync(),
            await db.ContentReports.IgnoreQueryFilters().CountAsync(),
            await db.IdeaResponses.IgnoreQueryFilters().CountAsync(),
            await db.Organisations.IgnoreQueryFilters().CountAsync(),
            await db.OrganisationInvitations.IgnoreQueryFilters().CountAsync(),
            await db.Themes.IgnoreQueryFilters().CountAsync(),
            await db.Categories.IgnoreQueryFilters().CountAsync(),
            await db.CityRoleAssignments.IgnoreQueryFilters().CountAsync(),
            await db.AuditEntries.IgnoreQueryFilters().CountAsync(),
            await db.AccessibilityFeedback.IgnoreQueryFilters().CountAsync(),
            await db.NotificationPreferences.IgnoreQueryFilters().CountAsync(),
            await db.Users.CountAsync(),
        };
        var hidden = await db.Ideas.IgnoreQueryFilters().CountAsync(i => i.HiddenReason != null);
        return string.Join(',', counts.Append(hidden).Select(n => n.ToString(CultureInfo.InvariantCulture)));
    });

    /// <summary>An API operation with a body: who calls it, where, a valid body and which of its fields are strings.</summary>
    private sealed record Operation(string Name, string? Who, string Method, string Path, string Body, string[] Strings, string[] Required);

    private sealed record ApiCase(string? Who, string Method, string Path, Func<IReadOnlyDictionary<string, string>, byte[]>? Body, string? ContentType, int[] Statuses, string? Code);

    /// <summary>A form on a page and what is put in it (or the whole body).</summary>
    private sealed record PageCase(string? Who, string Language, string Page, string Form, Dictionary<string, string> Fields, string? Action = null, Func<Browserless.Page, HttpContent>? Content = null);

    private static Dictionary<string, ApiCase> BuildApiCases()
    {
        var cases = new Dictionary<string, ApiCase>(StringComparer.Ordinal);
        void Add(string name, ApiCase c) => cases.Add(name, c);
        int[] bad = [400];

        foreach (var op in Operations)
        {
            ApiCase Raw(Func<IReadOnlyDictionary<string, string>, byte[]> body, int[] statuses, string? code, string? contentType = "application/json") =>
                new(op.Who, op.Method, op.Path, body, contentType, statuses, code);
            byte[] Valid(IReadOnlyDictionary<string, string> ids) => Encoding.UTF8.GetBytes(Fill(op.Body, ids));

            // The whole body.
            Add($"{op.Name}: malformed JSON", Raw(_ => "{\"a\": "u8.ToArray(), bad, Validation));
            Add($"{op.Name}: truncated JSON", Raw(ids => Valid(ids)[..^1], bad, Validation));
            Add($"{op.Name}: trailing garbage", Raw(ids => [.. Valid(ids), .. "}}]"u8.ToArray()], bad, Validation));
            Add($"{op.Name}: an array for the object", Raw(_ => "[{}]"u8.ToArray(), bad, Validation));
            Add($"{op.Name}: a string for the object", Raw(_ => "\"text\""u8.ToArray(), bad, Validation));
            Add($"{op.Name}: a number for the object", Raw(_ => "42"u8.ToArray(), bad, Validation));
            Add($"{op.Name}: null for the object", Raw(_ => "null"u8.ToArray(), bad, Validation));
            Add($"{op.Name}: empty body", Raw(_ => [], bad, Validation));
            Add($"{op.Name}: invalid UTF-8 before the JSON", Raw(ids => [0xFF, 0xFE, .. Valid(ids)], bad, Validation));
            Add($"{op.Name}: nested 5000 deep", Raw(_ => Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000)), bad, Validation));
            Add($"{op.Name}: text/plain", Raw(Valid, [415], MediaType, "text/plain"));
            Add($"{op.Name}: a form for JSON", Raw(_ => "title=x&body=y"u8.ToArray(), [415], MediaType, "application/x-www-form-urlencoded"));
            Add($"{op.Name}: no content type", Raw(Valid, [415], MediaType, null));
            Add($"{op.Name}: 5 MB", Raw(_ => Encoding.UTF8.GetBytes("{\"x\":\"" + new string('a', Oversized) + "\"}"), [413], TooLarge));

            foreach (var field in op.Strings)
            {
                ApiCase Field(string token, int[] statuses, string? code) => Raw(ids => Spoil(op.Body, field, token, ids), statuses, code);
                ApiCase FieldBytes(byte[] token, int[] statuses, string? code) => Raw(ids => Spoil(op.Body, field, token, ids), statuses, code);
                var refused = op.Name is "acceptInvitation" || (op.Name == "createFirm" && field == "businessId") ? null : Validation;
                int[] longStatus = op.Name is "login" ? [400, 401] : op.Name is "hideIdea" or "hideComment" or "grantRole" ? [400, 409] : bad;
                Add($"{op.Name}.{field}: NUL", Field("\"ab\\u0000cd\"", op.Name == "login" ? [400, 401] : bad, op.Name == "login" ? null : refused));
                Add($"{op.Name}.{field}: only NUL", Field("\"\\u0000\"", op.Name == "login" ? [400, 401] : bad, op.Name == "login" ? null : refused));
                Add($"{op.Name}.{field}: raw NUL byte", FieldBytes([(byte)'"', (byte)'a', 0, (byte)'b', (byte)'"'], bad, Validation));
                Add($"{op.Name}.{field}: 100k characters", Field("\"" + new string('x', 100_000) + "\"", longStatus, longStatus.Length > 1 ? null : refused));
                Add($"{op.Name}.{field}: lone high surrogate", Field("\"ab\\ud800cd\"", bad, Validation));
                Add($"{op.Name}.{field}: lone low surrogate", Field("\"\\udc00\"", bad, Validation));
                Add($"{op.Name}.{field}: invalid UTF-8", FieldBytes([(byte)'"', (byte)'a', 0xC3, 0x28, 0xFF, (byte)'"'], bad, Validation));
                Add($"{op.Name}.{field}: overlong UTF-8 encoding of NUL", FieldBytes([(byte)'"', (byte)'a', 0xC0, 0x80, (byte)'"'], bad, Validation));
                Add($"{op.Name}.{field}: encoded surrogate", FieldBytes([(byte)'"', 0xED, 0xA0, 0x80, (byte)'"'], bad, Validation));
                Add($"{op.Name}.{field}: a number", Field("12345", bad, Validation));
                Add($"{op.Name}.{field}: an array", Field("[\"x\"]", bad, Validation));
                Add($"{op.Name}.{field}: an object", Field("{\"x\":1}", bad, Validation));
            }

            foreach (var field in op.Required)
            {
                // A missing reason or address is refused by the rule that asks for it (some answer 409).
                var ruled = op.Name is "acceptInvitation" or "hideIdea" or "hideComment" or "grantRole" or "createFirm";
                Add($"{op.Name}.{field}: null", Raw(ids => Spoil(op.Body, field, "null", ids), ruled ? [400, 409] : bad, ruled ? null : Validation));
            }
        }

        // Wrong types and unknown values in typed fields.
        Add("submitIdea.categoryId: not a guid", Body(Resident, "POST", "/api/v1/cities/helsinki/ideas", """{"title":"A perfectly good title","body":"A body","categoryId":"nope"}"""));
        Add("submitIdea.categoryId: a number", Body(Resident, "POST", "/api/v1/cities/helsinki/ideas", """{"title":"A perfectly good title","body":"A body","categoryId":1}"""));
        Add("submitIdea.latitude: a string", Body(Resident, "POST", "/api/v1/cities/helsinki/ideas", """{"title":"A perfectly good title","body":"A body","categoryId":"{category}","latitude":"north","longitude":24.9}"""));
        Add("submitIdea.latitude: 1e400", Body(Resident, "POST", "/api/v1/cities/helsinki/ideas", """{"title":"A perfectly good title","body":"A body","categoryId":"{category}","latitude":1e400,"longitude":24.9}"""));
        Add("submitIdea.latitude: 1000", Body(Resident, "POST", "/api/v1/cities/helsinki/ideas", """{"title":"A perfectly good title","body":"A body","categoryId":"{category}","latitude":1000,"longitude":24.9}"""));
        Add("submitIdea.latitude: NaN", Body(Resident, "POST", "/api/v1/cities/helsinki/ideas", """{"title":"A perfectly good title","body":"A body","categoryId":"{category}","latitude":"NaN","longitude":24.9}"""));
        Add("submitIdea.organisationId: a bool", Body(Resident, "POST", "/api/v1/cities/helsinki/ideas", """{"title":"A perfectly good title","body":"A body","categoryId":"{category}","organisationId":true}"""));
        Add("submitIdea.language: a number", Body(Resident, "POST", "/api/v1/cities/helsinki/ideas", """{"title":"A perfectly good title","body":"A body","categoryId":"{category}","language":1}"""));
        Add("comment.parentId: not a guid", Body(Resident, "POST", "/api/v1/cities/helsinki/ideas/{idea}/comments", """{"body":"A comment","parentId":"nope"}"""));
        Add("respond.status: unknown", Body(Official, "POST", "/api/v1/cities/helsinki/ideas/{idea}/responses", """{"status":"Teleported","textFi":"Selvitämme"}"""));
        Add("respond.status: 99", Body(Official, "POST", "/api/v1/cities/helsinki/ideas/{idea}/responses", """{"status":99,"textFi":"Selvitämme"}"""));
        Add("createCommunity.type: unknown", Body(Resident, "POST", "/api/v1/organisations/communities", """{"name":"Bad input club","type":"Spaceship"}"""));
        Add("createCommunity.type: 99", Body(Resident, "POST", "/api/v1/organisations/communities", """{"name":"Bad input club","type":99}"""));
        Add("createCommunity.type: -1", Body(Resident, "POST", "/api/v1/organisations/communities", """{"name":"Bad input club","type":-1}"""));
        Add("createCommunity.type: NUL", Body(Resident, "POST", "/api/v1/organisations/communities", """{"name":"Bad input club","type":"Association\u0000"}"""));
        Add("grantRole.role: unknown", Body(Admin, "POST", "/api/v1/cities/helsinki/admin/roles", """{"email":"resident2@demo.codesign.fi","role":"Emperor"}"""));
        Add("grantRole.role: 99", Body(Admin, "POST", "/api/v1/cities/helsinki/admin/roles", """{"email":"resident2@demo.codesign.fi","role":99}"""));
        Add("grantRole.role: a number string", Body(Admin, "POST", "/api/v1/cities/helsinki/admin/roles", """{"email":"resident2@demo.codesign.fi","role":"7"}"""));
        Add("grantRole.role: an array", Body(Admin, "POST", "/api/v1/cities/helsinki/admin/roles", """{"email":"resident2@demo.codesign.fi","role":["Moderator"]}"""));
        Add("merge.survivorId: not a guid", Body(Moderator, "POST", "/api/v1/cities/helsinki/admin/ideas/{idea2}/merge", """{"survivorId":"nope"}"""));
        Add("moveTheme.direction: a string", Body(Coordinator, "POST", "/api/v1/coordination/themes/{theme}/move", """{"direction":"up"}"""));
        Add("moveTheme.direction: 1e10", Body(Coordinator, "POST", "/api/v1/coordination/themes/{theme}/move", """{"direction":10000000000}"""));
        Add("moveTheme.direction: 1.5", Body(Coordinator, "POST", "/api/v1/coordination/themes/{theme}/move", """{"direction":1.5}"""));
        Add("preferences: unknown frequency", Body(Resident, "PUT", "/api/v1/me/notification-preferences", """{"idea.comment":"Hourly"}"""));
        Add("preferences: unknown kind", Body(Resident, "PUT", "/api/v1/me/notification-preferences", """{"no.such.kind":"Weekly"}"""));
        Add("preferences: NUL in a kind", Body(Resident, "PUT", "/api/v1/me/notification-preferences", """{"idea.comment\u0000":"Weekly"}"""));
        Add("preferences: a number for a frequency", Body(Resident, "PUT", "/api/v1/me/notification-preferences", """{"idea.comment":3}"""));
        foreach (var (field, value) in new[]
        {
            ("votingOpen", "\"yes\""), ("supportThreshold", "\"many\""), ("supportThreshold", "-1"), ("supportThreshold", "10000000000"),
            ("responseDays", "0"), ("responseDays", "-5"), ("reportsToHide", "-1"), ("activeVoteCap", "-3"), ("digestHour", "25"), ("digestMinute", "-1"),
            ("moderationMode", "\"Anarchy\""), ("moderationMode", "\"99\""), ("languages", "\"fi\""), ("languages", "{}"), ("votingStartsAt", "\"not-a-date\""), ("votingStartsAt", "\"0001-01-01T00:00:00\""), ("votingEndsAt", "\"9999-12-31T23:59:59\""),
            ("votingStartsAt", "\"0001-01-01T00:00:00Z\""), ("votingEndsAt", "\"9999-12-31T23:59:59.9999999Z\""), ("votingStartsAt", "\"2026-13-45\""),
        })
        {
            Add($"settings.{field}: {value.Replace("\\u0000", "{NUL}", StringComparison.Ordinal)}", Raw2(Admin, "PUT", "/api/v1/cities/helsinki/admin/settings", ids => Spoil(Operations.Single(o => o.Name == "settings").Body, field, value, ids)));
        }

        // Query strings: paging, cursors, dates, NUL and invalid UTF-8.
        const string list = "/api/v1/cities/helsinki/ideas";
        foreach (var value in new[] { "0", "-1", "1000000000", "99999999999", "abc", "1.5", "%00", "%FF" })
        {
            Add($"list pageSize={value}", Get(null, $"{list}?pageSize={value}"));
        }

        foreach (var value in new[] { "abc", "99999999999", "%00" })
        {
            Add($"list seed={value}", Get(null, $"{list}?seed={value}"));
        }

        foreach (var value in new[] { "!!!", "%00", "%FF%FE", "AAAA", "%ED%A0%80", new string('A', 6_000), Convert.ToBase64String(Encoding.UTF8.GetBytes("\0|\0")) })
        {
            Add($"list cursor={value[..Math.Min(value.Length, 20)]}", Get(null, $"{list}?cursor={value}"));
        }

        Add("list category=not a guid", Get(null, $"{list}?category=nope"));
        Add("list mine=maybe", Get(Resident, $"{list}?mine=maybe"));
        foreach (var value in new[] { "0", "-1", "abc", "99999999999", "%00" })
        {
            Add($"audit page={value}", Get(Admin, $"/api/v1/cities/helsinki/admin/audit?page={value}"));
            Add($"notifications page={value}", Get(Resident, $"/api/v1/me/notifications?page={value}"));
        }

        foreach (var value in new[] { "0", "-1", "abc", "1.5", "100001", "99999999999", "%00" })
        {
            Add($"idea commentPage={value}", Get(null, $"/api/v1/cities/helsinki/ideas/{{idea}}?commentPage={value}"));
        }

        Add("notifications unread=%00", Get(Resident, "/api/v1/me/notifications?unread=%00"));
        foreach (var (from, to) in new[]
        {
            ("0001-01-01", "0001-01-01"), ("9999-12-31", "9999-12-31"), ("0001-01-01", "9999-12-31"), (string.Empty, "9999-12-31"), (string.Empty, "0001-01-01"),
            ("9999-12-31", string.Empty), ("0001-01-01", string.Empty), ("not-a-date", string.Empty), (string.Empty, "2026-02-30"), ("%00", string.Empty), ("2026-01-01%00", string.Empty), ("%FF", string.Empty),
            ("10000-01-01", string.Empty), ("-2026-01-01", string.Empty), ("2026-01-01T00:00:00", string.Empty),
        })
        {
            Add($"dashboard from={from} to={to}", Get(Coordinator, $"/api/v1/coordination/dashboard?from={from}&to={to}"));
            Add($"theme from={from} to={to}", Get(Coordinator, $"/api/v1/coordination/themes/{{theme}}?from={from}&to={to}"));
        }

        Add("opendata city=%00", Get(null, "/api/v1/opendata/ideas.json?city=%00", 404, "CoDesign:NotFound"));
        Add("opendata city=%FF", Get(null, "/api/v1/opendata/ideas.csv?city=%FF", 404, "CoDesign:NotFound"));
        Add("opendata city of 100k", Get(null, "/api/v1/opendata/ideas.csv?city=" + new string('x', 6_000), 404, "CoDesign:NotFound"));
        Add("idea id not a guid", Get(null, $"{list}/not-a-guid", 404, "CoDesign:NotFound"));
        Add("city %FF", Get(null, "/api/v1/cities/%FF/ideas", 404, "CoDesign:NotFound"));
        Add("city of 5000 characters", Get(null, "/api/v1/cities/" + new string('x', 5000) + "/ideas", 404, "CoDesign:NotFound"));
        Add("theme key of 5000 characters", Get(Coordinator, "/api/v1/coordination/themes/" + new string('x', 5000), 404, "CoDesign:NotFound"));
        Add("vote with a 5 MB body", new ApiCase(Resident, "PUT", $"{list}/{{idea}}/vote", _ => new byte[Oversized], "application/octet-stream", [413], TooLarge));
        return cases;

        static ApiCase Body(string who, string method, string path, string json) => new(who, method, path, ids => Encoding.UTF8.GetBytes(Fill(json, ids)), "application/json", [400], Validation);
        static ApiCase Raw2(string who, string method, string path, Func<IReadOnlyDictionary<string, string>, byte[]> body) => new(who, method, path, body, "application/json", [400], Validation);
        static ApiCase Get(string? who, string path, int status = 400, string code = Validation) => new(who, "GET", path, null, null, [status], code);
    }

    /// <summary>The valid body with one field's value replaced by a raw JSON token (which may be invalid JSON).</summary>
    private static byte[] Spoil(string body, string field, string token, IReadOnlyDictionary<string, string> ids) =>
        Spoil(body, field, Encoding.UTF8.GetBytes(token), ids);

    private static byte[] Spoil(string body, string field, byte[] token, IReadOnlyDictionary<string, string> ids)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(Fill(body, ids))!.AsObject();
        node[field] = "@@BAD@@";
        var bytes = Encoding.UTF8.GetBytes(node.ToJsonString());
        var marker = Encoding.UTF8.GetBytes(Marker);
        var at = bytes.AsSpan().IndexOf(marker);
        return [.. bytes[..at], .. token, .. bytes[(at + marker.Length)..]];
    }

    private static Dictionary<string, PageCase> BuildPageCases()
    {
        var cases = new Dictionary<string, PageCase>(StringComparer.Ordinal);
        const string nul = "ab\0cd";
        var huge = new string('x', 100_000);
        const string newIdea = "/helsinki/ideas/new";
        const string detail = "/helsinki/ideas/{idea}";
        const string comment = "form.comment-form";
        foreach (var language in new[] { "fi", "sv", "en" })
        {
            foreach (var (what, value) in new[] { ("NUL", nul), ("100k characters", huge) })
            {
                foreach (var field in new[] { "Input.Title", "Input.Body", "Input.District" })
                {
                    var fields = new Dictionary<string, string> { ["Input.Title"] = "A perfectly good title", ["Input.Body"] = "A body", ["Input.CategoryId"] = "{category}", [field] = value };
                    cases.Add($"[{language}] new idea, {field}: {what}", new(Resident, language, newIdea, "form.idea-form", fields, "?handler=Submit"));
                    cases.Add($"[{language}] new idea draft, {field}: {what}", new(Resident, language, newIdea, "form.idea-form", fields, "?handler=Draft"));
                }

                cases.Add($"[{language}] comment: {what}", new(Resident, language, detail, comment, new() { ["CommentBody"] = value }));
                cases.Add($"[{language}] report: {what}", new(Resident, language, detail, "form[action*='handler=Report']", new() { ["ReportReason"] = value }));
                cases.Add($"[{language}] accessibility feedback: {what}", new(null, language, "/helsinki/accessibility", "main form[novalidate]", new() { ["Input.Message"] = value, ["Input.Name"] = value }));
                cases.Add($"[{language}] category: {what}", new(Admin, language, "/helsinki/admin/categories", "main form[novalidate]", new() { ["Input.Key"] = "bad-input", ["Input.ThemeKey"] = "{theme}", ["Input.NameFi"] = value, ["Input.NameSv"] = value, ["Input.NameEn"] = value }));
                cases.Add($"[{language}] theme: {what}", new(Coordinator, language, "/coordination/themes", "form[action*='handler=Add']", new() { ["Input.Key"] = "bad-input", ["Input.NameFi"] = value, ["Input.NameSv"] = value, ["Input.NameEn"] = value }));
                cases.Add($"[{language}] sign in: {what}", new(null, language, "/account/login", "main form", new() { ["Input.Email"] = value, ["Input.Password"] = value }));
                cases.Add($"[{language}] register: {what}", new(null, language, "/account/register", "main form", new() { ["Input.DisplayName"] = value, ["Input.Email"] = "bad-input@example.com", ["Input.Password"] = "a long enough password 123", ["Input.ConfirmPassword"] = "a long enough password 123" }));
                cases.Add($"[{language}] sign in, e-mail: {what}", new(null, language, "/account/login", "main form", new() { ["Input.Email"] = "a" + value + "@example.com", ["Input.Password"] = "whatever it is" }));
            }

            cases.Add($"[{language}] missing handler", new(Resident, language, detail, comment, new() { ["CommentBody"] = "Hello" }, "?handler=nope"));
            cases.Add($"[{language}] form over the body limit", new(Resident, language, detail, comment, new() { ["CommentBody"] = new string('x', Oversized) }));
            cases.Add($"[{language}] 5000 form fields", new(Resident, language, detail, comment, Enumerable.Range(0, 5000).ToDictionary(i => "f" + i.ToString(CultureInfo.InvariantCulture), _ => "x")));
            cases.Add($"[{language}] a field name of 100k characters", new(Resident, language, detail, comment, new() { [huge] = "x" }));
            cases.Add($"[{language}] NUL in the form", new(Resident, language, detail, comment, [], Content: p => RawForm(p, comment, "CommentBody=a%00b")));
            cases.Add($"[{language}] a multipart form with NUL", new(Resident, language, detail, comment, [], Content: p => Multipart(p, comment, nul)));
        }

        return cases;
    }

    /// <summary>The form's own hidden fields (antiforgery token included) and the given ones, URL-encoded.</summary>
    private static FormUrlEncodedContent Form(Browserless.Page page, string selector, Dictionary<string, string> fields) =>
        new(Hidden(page, selector).Concat(fields));

    private static StringContent RawForm(Browserless.Page page, string selector, string encoded)
    {
        var hidden = string.Join('&', Hidden(page, selector).Select(kv => Uri.EscapeDataString(kv.Key) + "=" + Uri.EscapeDataString(kv.Value)));
        return new StringContent(hidden + "&" + encoded, Encoding.ASCII, "application/x-www-form-urlencoded");
    }

    private static MultipartFormDataContent Multipart(Browserless.Page page, string selector, string body)
    {
        var content = new MultipartFormDataContent();
        foreach (var (k, v) in Hidden(page, selector))
        {
            content.Add(new StringContent(v), k);
        }

        content.Add(new StringContent(body), "CommentBody");
        return content;
    }

    private static List<KeyValuePair<string, string>> Hidden(Browserless.Page page, string selector) =>
        (page.Document.QuerySelector(selector) ?? throw new InvalidOperationException($"No form '{selector}' on {page.Url}."))
            .QuerySelectorAll("input[type=hidden]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? string.Empty))
            .ToList();
}
