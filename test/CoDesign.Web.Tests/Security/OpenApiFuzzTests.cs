using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoDesign.TestBase;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CoDesign.Web.Tests.Security;

/// <summary>
/// Every operation of the API, read from the app's own OpenAPI document, called with inputs generated
/// from its schemas: real Helsinki ids, another city's, random and malformed ones; boundary numbers,
/// strings and dates; bodies with boundary and wrong-typed properties, missing ones, extra ones, deep
/// nesting, huge arrays, random bytes and broken JSON. Each case goes as an anonymous caller, a
/// participant, a city admin and, where neither gets past authorisation, the first staff member who
/// does. No answer may be a 5xx, and every 4xx is problem details with a stable code. The random
/// choices come from one seed (<c>CODESIGN_FUZZ_SEED</c> overrides it), printed with every failure.
/// </summary>
public sealed partial class OpenApiFuzzTests(FuzzApp app, ITestOutputHelper output) : IClassFixture<FuzzApp>
{
    private const int DefaultSeed = 20260805;
    private const int MaxCasesPerOperation = 50;
    private const string Helsinki = "/api/v1/cities/helsinki";

    /// <summary>Tried in turn on an operation that neither the participant nor the city admin gets past authorisation on.</summary>
    private static readonly Person[] Staff = [Person.Moderator, Person.Official, Person.Coordinator, Person.OrgMember, Person.PlatformAdmin];

    private static readonly Person[] Always = [Person.Anonymous, Person.Participant, Person.CityAdmin];

    [Fact]
    public async Task EveryOperation_WithRandomAndBoundaryInputs_NeverAnswers5xx_AndRefusesWithProblemDetails()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("CODESIGN_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : DefaultSeed;
        var clients = new Dictionary<Person, HttpClient> { [Person.Anonymous] = app.CreateRealClient() };
        foreach (var person in Always.Concat(Staff).Where(p => p != Person.Anonymous))
        {
            clients[person] = await SignIn.ApiAsync(app, People.Email(person));
        }

        try
        {
            var document = (await clients[Person.Anonymous].GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
            var operations = OpenApiOperations.Read(document);
            DocumentDescribesEveryServedOperation(operations);

            var ids = await ArrangeAsync(clients);
            var generator = new FuzzCaseGenerator(new Random(seed), ids, MaxCasesPerOperation);
            var runner = new FuzzRunner(clients, app.Errors);
            var people = new Dictionary<string, List<Person>>(StringComparer.Ordinal);
            var elapsed = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
            var stopwatch = Stopwatch.StartNew();
            foreach (var operation in operations)
            {
                var started = stopwatch.Elapsed;
                var cases = generator.Generate(operation);
                people[operation.Key] = await PeopleForAsync(runner, cases[0]);
                runner.Count(cases[0]);

                // The people of one case at once: they are different accounts, and the machine has time to spare while the database works.
                foreach (var fuzzCase in cases.Skip(1))
                {
                    runner.Count(fuzzCase);
                    await Task.WhenAll(people[operation.Key].Select(person => runner.SendAsync(fuzzCase, person, CancellationToken.None)));
                }

                elapsed[operation.Key] = stopwatch.Elapsed - started;
            }

            stopwatch.Stop();
            var summary = Summary(seed, operations, runner, people, elapsed, stopwatch.Elapsed);
            output.WriteLine(summary);

            var failures = new StringBuilder();
            Report(failures, "answered 5xx or not at all", runner.ServerErrors);
            Report(failures, "answered 4xx without problem details and a code", runner.NotProblems);
            var unreached = operations.Where(o => runner.Reached.GetValueOrDefault(o.Key) == 0).Select(o => o.Key).ToList();
            if (unreached.Count > 0)
            {
                failures.AppendLine(CultureInfo.InvariantCulture, $"{unreached.Count} operations never got past authorisation (the fuzz would be vacuous there): {string.Join(", ", unreached)}");
            }

            output.WriteLine(failures.ToString());
            failures.Length.ShouldBe(0, $"seed {seed} (set CODESIGN_FUZZ_SEED to repeat); {summary}{Environment.NewLine}{Shorten(failures.ToString())}");
            foreach (var kind in Enum.GetValues<FuzzCaseKind>())
            {
                runner.CasesByKind.GetValueOrDefault(kind).ShouldBeGreaterThan(0, $"no {kind} cases");
            }
        }
        finally
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }
        }
    }

    [Fact]
    public async Task TheFuzz_NoticesA500_AndA4xxThatIsNotProblemDetails()
    {
        using var anonymous = app.CreateRealClient();
        var runner = new FuzzRunner(new Dictionary<Person, HttpClient> { [Person.Anonymous] = anonymous }, app.Errors);
        var text = JsonNode.Parse("""{"type": "string"}""")!.AsObject();
        var generator = new FuzzCaseGenerator(new Random(DefaultSeed), new FuzzIds(), 10);

        // A route that throws: every case that gets to it is a finding, with the server's log of it.
        var boom = new ApiOperation("POST", FuzzApp.BoomPath, [new ApiParameter("anything", "path", text, true)], JsonNode.Parse("""{"type": "object", "properties": {"a": {"type": "string"}}}""")!.AsObject(), null);
        var cases = generator.Generate(boom);
        foreach (var fuzzCase in cases)
        {
            await runner.SendAsync(fuzzCase, Person.Anonymous, CancellationToken.None);
        }

        runner.ServerErrors.Count.ShouldBeGreaterThan(cases.Count / 2, string.Join(Environment.NewLine, runner.Statuses));
        runner.ServerErrors.ShouldAllBe(f => f.Status == 500 && f.ToString().Contains("fails on purpose", StringComparison.Ordinal));

        // A page's HTML 404 is not problem details.
        var page = new ApiOperation("GET", "/no-such-page/{id}", [new ApiParameter("id", "path", text, true)], null, null);
        await runner.SendAsync(generator.Generate(page)[0], Person.Anonymous, CancellationToken.None);
        runner.NotProblems.ShouldHaveSingleItem().Status.ShouldBe(404);
    }

    /// <summary>
    /// The anonymous caller, the participant and the city admin; if neither of the two gets past
    /// authorisation with the valid call, the first staff member who does.
    /// </summary>
    private static async Task<List<Person>> PeopleForAsync(FuzzRunner runner, FuzzCase valid)
    {
        var people = new List<Person>();
        var reached = false;
        foreach (var person in Always)
        {
            reached |= person != Person.Anonymous && FuzzRunner.IsReached(await runner.SendAsync(valid, person, CancellationToken.None));
            people.Add(person);
        }

        foreach (var person in reached ? [] : Staff)
        {
            if (FuzzRunner.IsReached(await runner.SendAsync(valid, person, CancellationToken.None)))
            {
                people.Add(person);
                break;
            }
        }

        return people;
    }

    /// <summary>
    /// The document lists every API operation the app serves, each route parameter, each query
    /// parameter the handler binds and a request body schema wherever the handler reads a body.
    /// </summary>
    private void DocumentDescribesEveryServedOperation(List<ApiOperation> operations)
    {
        var documented = operations.ToDictionary(o => o.Key, StringComparer.Ordinal);
        var served = new List<string>();
        var problems = new List<string>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var raw = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (!raw.StartsWith("/api/", StringComparison.Ordinal))
            {
                continue;
            }

            var path = RouteConstraint().Replace(raw, "{${name}}").TrimEnd('/');
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                var key = $"{method} {path}";
                served.Add(key);
                if (!documented.TryGetValue(key, out var operation))
                {
                    problems.Add($"{key}: not in the document");
                    continue;
                }

                problems.AddRange(Undescribed(endpoint, operation).Select(p => $"{key}: {p}"));
            }
        }

        served.Count.ShouldBeGreaterThan(40);
        operations.Count.ShouldBeGreaterThanOrEqualTo(served.Count, "the document has fewer operations than the app serves");
        problems.ShouldBeEmpty();
    }

    private static IEnumerable<string> Undescribed(RouteEndpoint endpoint, ApiOperation operation)
    {
        var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToList();
        foreach (var name in routeNames)
        {
            if (!operation.Parameters.Any(p => p.In == "path" && p.Name == name && p.Schema["type"] is not null))
            {
                yield return $"route parameter {name} undescribed";
            }
        }

        var handler = endpoint.Metadata.GetMetadata<MethodInfo>();
        foreach (var parameter in handler?.GetParameters() ?? [])
        {
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            if (routeNames.Contains(parameter.Name!, StringComparer.OrdinalIgnoreCase) || type == typeof(CancellationToken))
            {
                continue;
            }

            var simple = type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(Guid) || type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(decimal);
            if (simple && !operation.Parameters.Any(p => p.In == "query" && p.Name == parameter.Name))
            {
                yield return $"query parameter {parameter.Name} undescribed";
            }
        }

        if (endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is { } accepts && accepts.ContentTypes.Contains("application/json")
            && (operation.Body is null || (Schemas.Properties(operation.Body).Count == 0 && Schemas.Values(operation.Body) is null)))
        {
            yield return $"request body ({accepts.RequestType?.Name}) undescribed";
        }
    }

    [GeneratedRegex(@"\{(?<name>\w+)(:[^}?]*)?\??\}")]
    private static partial Regex RouteConstraint();

    /// <summary>Real Helsinki rows for the fuzz to start from, made and found through the API itself.</summary>
    private static async Task<FuzzIds> ArrangeAsync(Dictionary<Person, HttpClient> clients)
    {
        var ids = new FuzzIds();
        var participant = clients[Person.Participant];
        var admin = clients[Person.CityAdmin];
        var categories = (await admin.GetFromJsonAsync<JsonElement>($"{Helsinki}/admin/categories")).EnumerateArray().Select(c => c.GetProperty("id").GetString()!).Take(3).ToList();
        var idea = new JsonObject { ["title"] = "Fuzz-testin idea: lisää penkkejä rantapuistoon", ["body"] = "Rantapuistossa on liian vähän penkkejä; ehdotan kymmentä uutta penkkiä rannan puolelle.", ["categoryId"] = categories[0], ["district"] = null, ["latitude"] = null, ["longitude"] = null, ["language"] = "fi", ["organisationId"] = null };
        ids.Examples["IdeaInput"] = idea;

        var seeded = await IdsAsync(participant, $"{Helsinki}/ideas?sort=newest&pageSize=3");
        var own = await CreatedIdAsync(participant, $"{Helsinki}/ideas", idea);
        List<string> ideas = [seeded[0], own, .. seeded.Skip(1)];
        ids.OtherCity.AddRange((await IdsAsync(participant, "/api/v1/cities/espoo/ideas?pageSize=2")).Take(2));

        // The participant follows the first idea, so the organisation member's comment on it is a notification for them.
        (await participant.PutAsync(new Uri($"{Helsinki}/ideas/{ideas[0]}/follow", UriKind.Relative), null)).Dispose();
        var comments = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            comments.Add(await CreatedIdAsync(participant, $"{Helsinki}/ideas/{ideas[0]}/comments", new { body = $"Fuzz-testin kommentti {i}" }));
        }

        comments.Add(await CreatedIdAsync(clients[Person.OrgMember], $"{Helsinki}/ideas/{ideas[0]}/comments", new { body = "Yhdistyksen kommentti" }));
        var drafts = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            drafts.Add(await CreatedIdAsync(participant, $"{Helsinki}/ideas/drafts", idea));
        }

        var response = await CreatedIdAsync(clients[Person.Official], $"{Helsinki}/ideas/{ideas[0]}/responses", new { status = "UnderReview", textFi = "Otamme käsittelyyn.", textSv = "Vi tar upp saken.", textEn = "We will look into it." });

        // Role assignments of residents nobody else uses: the admin's own must not be revoked by the fuzz.
        string[] granted = ["resident41@demo.codesign.fi", "resident42@demo.codesign.fi", "resident43@demo.codesign.fi"];
        foreach (var email in granted)
        {
            using var grant = await admin.PostAsJsonAsync($"{Helsinki}/admin/roles", new { email, role = "Moderator" });
            grant.StatusCode.ShouldBe(HttpStatusCode.NoContent, await grant.Content.ReadAsStringAsync());
        }

        var roles = await admin.GetFromJsonAsync<JsonElement>($"{Helsinki}/admin/roles");
        var assignments = roles.EnumerateArray().Where(r => granted.Contains(r.GetProperty("email").GetString())).Select(r => r.GetProperty("id").GetString()!).ToList();

        var notifications = (await participant.GetFromJsonAsync<JsonElement>("/api/v1/me/notifications")).GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        var organisations = (await clients[Person.OrgMember].GetFromJsonAsync<JsonElement>("/api/v1/organisations")).EnumerateArray().Select(o => o.GetProperty("id").GetString()!).ToList();
        var coordinator = clients[Person.Coordinator];
        var themes = new List<string> { "mobility" };
        foreach (var key in new[] { "fuzz-nimetaan", "fuzz-poistetaan" })
        {
            using var theme = await coordinator.PostAsJsonAsync("/api/v1/coordination/themes", new { key, nameFi = "Fuzz " + key, nameSv = "Fuzz " + key, nameEn = "Fuzz " + key });
            theme.StatusCode.ShouldBe(HttpStatusCode.Created, await theme.Content.ReadAsStringAsync());
            themes.Add(key);
        }

        ids.Examples["CitySettingsDto"] = (await admin.GetFromJsonAsync<JsonObject>($"{Helsinki}/admin/settings"))!;
        ids.Examples["PUT /api/v1/me/notification-preferences"] = new JsonObject { ["idea.comment"] = "Weekly" };

        ids.Pools["city"] = ["helsinki", "espoo", "HELSINKI", "no-such-city"];
        ids.Pools["idea"] = ideas;
        ids.Pools["comment"] = comments;
        ids.Pools["draft"] = drafts;
        ids.Pools["response"] = [response];
        ids.Pools["category"] = categories;
        ids.Pools["assignment"] = assignments;
        ids.Pools["notification"] = notifications;
        ids.Pools["organisation"] = organisations;
        ids.Pools["theme"] = themes;

        // The document lists every status; these are the ones a published idea can move to, so the valid call succeeds.
        ids.Pools["responseStatus"] = ["UnderReview", "Accepted", "InProgress", "Implemented", "NotPursued"];
        ids.Pools["email"] = ["resident30@demo.codesign.fi", "fuzz-uusi@example.fi"];
        ids.Pools["password"] = [Databases.DemoPassword, "väärä salasana 123"];
        ids.Pools["title"] = ["Lisää penkkejä rantapuistoon", "puisto"];
        ids.Pools["text"] = ["Rantapuistossa on liian vähän penkkejä; ehdotan kymmentä uutta penkkiä."];
        ids.Pools["name"] = ["Fuzz-testin yhdistys"];
        ids.Pools["businessId"] = ["1234567-1", "7654321-2"];
        ids.Pools["token"] = ["bogus-token"];
        return ids;
    }

    private static async Task<List<string>> IdsAsync(HttpClient client, string url) =>
        (await client.GetFromJsonAsync<JsonElement>(url)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();

    private static async Task<string> CreatedIdAsync(HttpClient client, string url, object body)
    {
        using var response = await client.PostAsJsonAsync(url, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static string Summary(int seed, List<ApiOperation> operations, FuzzRunner runner, Dictionary<string, List<Person>> people, Dictionary<string, TimeSpan> perOperation, TimeSpan elapsed)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"seed {seed}: {operations.Count} operations, {runner.CasesByKind.Values.Sum()} cases, {runner.Requests} requests in {elapsed.TotalSeconds:0.0} s");
        text.AppendLine("cases by kind: " + string.Join(", ", runner.CasesByKind.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}")));
        text.AppendLine("requests by person: " + string.Join(", ", runner.RequestsByPerson.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}")));
        text.AppendLine("statuses: " + string.Join(", ", runner.Statuses.OrderBy(k => k.Key).Select(k => $"{k.Key}×{k.Value}")));
        text.AppendLine(CultureInfo.InvariantCulture, $"refused by Kestrel before the app (empty 400, a NUL in the path): {runner.RefusedByKestrel}");
        foreach (var operation in operations)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {operation.Key}: as {string.Join('/', people[operation.Key])}, {runner.Reached.GetValueOrDefault(operation.Key)} past authorisation, {runner.Succeeded.GetValueOrDefault(operation.Key)} 2xx, {perOperation[operation.Key].TotalSeconds:0.0} s");
        }

        return text.ToString();
    }

    private static void Report(StringBuilder failures, string what, List<FuzzFinding> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        failures.AppendLine(CultureInfo.InvariantCulture, $"{findings.Count} requests {what}:");
        foreach (var finding in findings)
        {
            failures.AppendLine("  " + finding);
        }
    }

    /// <summary>The failure message keeps the first lines; the test output has them all.</summary>
    private static string Shorten(string text)
    {
        var lines = text.Split(Environment.NewLine);
        return lines.Length <= 200 ? text : string.Join(Environment.NewLine, lines.Take(200)) + $"{Environment.NewLine}… and {lines.Length - 200} more lines in the test output";
    }
}
