using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoDesign.Web.Tests.Errors;

/// <summary>
/// The app on PostgreSQL with the records the bad-input cases aim at (a draft, a comment and an
/// organisation of a resident), made once, and a bearer token per person, signed in once.
/// </summary>
public sealed class BadInputApp : PostgresApp
{
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IReadOnlyDictionary<string, string>? _ids;

    /// <summary>The errors the app logged since the last call, so that a failed case shows the server's side.</summary>
    public string TakeErrors()
    {
        var lines = new List<string>();
        while (_errors.TryDequeue(out var line))
        {
            lines.Add(line);
        }

        return string.Join(Environment.NewLine, lines);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(new ErrorCollector(_errors)));
    }

    /// <summary>A client signed in as <paramref name="email"/>, or anonymous when it is null.</summary>
    public async Task<HttpClient> ClientAsync(string? email)
    {
        var client = CreateRealClient();
        if (email is null)
        {
            return client;
        }

        if (!_tokens.TryGetValue(email, out var token))
        {
            using var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Databases.DemoPassword });
            login.EnsureSuccessStatusCode();
            token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
            _tokens[email] = token;
        }

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The ids that stand for {category}, {idea}, {idea2}, {draft}, {comment}, {org} and {theme} in a case's path and body.</summary>
    public async Task<IReadOnlyDictionary<string, string>> IdsAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _ids ??= await CreateIdsAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<IReadOnlyDictionary<string, string>> CreateIdsAsync()
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        ids["category"] = (await InScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            return (from c in db.Categories.IgnoreQueryFilters()
                    join city in db.Cities on c.TenantId equals city.Id
                    where city.Slug == "helsinki"
                    orderby c.Key
                    select c.Id).FirstAsync();
        })).ToString();

        using var anonymous = await ClientAsync(null);
        var list = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/cities/helsinki/ideas?sort=newest&pageSize=2");
        ids["idea"] = list.GetProperty("items")[0].GetProperty("id").GetString()!;
        ids["idea2"] = list.GetProperty("items")[1].GetProperty("id").GetString()!;

        using var resident = await ClientAsync(BadInputTests.Resident);
        ids["draft"] = await CreatedIdAsync(resident, "/api/v1/cities/helsinki/ideas/drafts", new { title = "A draft to be spoiled", body = "Draft body", categoryId = ids["category"] });
        ids["comment"] = await CreatedIdAsync(resident, $"/api/v1/cities/helsinki/ideas/{ids["idea"]}/comments", new { body = "A comment to be spoiled" });
        ids["org"] = await CreatedIdAsync(resident, "/api/v1/organisations/communities", new { name = "Bad input society", type = "Association" });

        using var coordinator = await ClientAsync(BadInputTests.Coordinator);
        ids["theme"] = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/coordination/themes"))[0].GetProperty("key").GetString()!;
        return ids;
    }

    private static async Task<string> CreatedIdAsync(HttpClient client, string url, object body)
    {
        using var response = await client.PostAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{url}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;
    }

    private sealed class ErrorCollector(ConcurrentQueue<string> errors) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                errors.Enqueue(formatter(state, exception) + " " + exception?.ToString().Split(Environment.NewLine).Take(12).Aggregate((a, b) => a + Environment.NewLine + b));
            }
        }

        public void Dispose()
        {
        }
    }

    public override async ValueTask DisposeAsync()
    {
        _gate.Dispose();
        await base.DisposeAsync();
    }
}
