using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoDesign.Application.Tenancy;
using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using CoDesign.Web.Tests.Jobs;
using Npgsql;
using Xunit.Abstractions;

namespace CoDesign.Web.Tests.Faults;

/// <summary>
/// The node process killed (SIGKILL) while twenty people vote, withdraw, follow, comment and submit
/// ideas, round after round on one PostgreSQL database with a new node each time. After every kill:
/// counters equal their rows, nothing points at a missing row, every idea, comment and threshold
/// crossing is whole, every write a client was told had succeeded is there, and a vote the client
/// sends again after the crash counts once. Then a new node answers and agrees through the API.
/// </summary>
[Collection(NodeProcesses.Name)]
public sealed class ProcessKillTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Rounds = 5;
    private const int Writers = 20;
    private const string VotingCity = "tampere";
    private const string PreModeratedCity = "turku";

    /// <summary>The nodes' sessions are told apart from the test's own in pg_stat_activity by this name.</summary>
    private const string NodeName = "codesign-killed-node";

    /// <summary>No scheduler: no mail from this test reaches the shared SMTP server, and less load on two cores.</summary>
    private static readonly Dictionary<string, string> NodeSettings = new() { ["Jobs:Enabled"] = "false" };

    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await Databases.CreateSeededAsync(DatabaseProvider.PostgreSql);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task NodeKilledMidRequest_LeavesNoHalfWrittenIdeaOrVote_AndLosesNoAcknowledgedWrite()
    {
        var clock = Stopwatch.StartNew();
        var seed = Random.Shared.Next();
        var random = new Random(seed);
        output.WriteLine($"seed {seed}");
        var since = DateTime.UtcNow;
        var node = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { ApplicationName = NodeName }.ConnectionString;
        WriteScene scene = null!;
        List<Participant> participants = null!;
        ConsistencyCheck check = null!;
        var acknowledged = 0;
        for (var round = 1; round <= Rounds; round++)
        {
            await using var app = await AppProcess.StartAsync(node, NodeSettings);
            output.WriteLine($"node {round} up at {clock.Elapsed.TotalSeconds:0.0} s");
            if (round == 1)
            {
                (scene, participants) = await PrepareAsync(app, seed);
                check = new ConsistencyCheck(_database.ConnectionString, participants, scene, since);
            }

            var (tally, writeOpen) = await WriteUntilKilledAsync(app, scene, participants, round, random);
            await WaitUntilTheNodesSessionsEndAsync();
            var violations = await check.ViolationsAsync();
            output.WriteLine($"round {round} at {clock.Elapsed.TotalSeconds:0.0} s: {tally.AcknowledgedCount} acknowledged, {tally.CutShortCount} cut short by the kill, "
                + $"{tally.UnansweredCount - tally.CutShortCount} more unanswered, a write transaction open at the kill: {writeOpen}");

            violations.ShouldBeEmpty($"after kill {round}:\n{string.Join('\n', violations.Take(30))}\n{Tail(app.Output)}");
            tally.RefusedCount.ShouldBe(0, string.Join('\n', participants.SelectMany(p => p.Writes).Where(w => w.Outcome == WriteOutcome.Refused).Take(10)));
            tally.CutShortCount.ShouldBeGreaterThan(0, "the kill cut no request short");
            acknowledged += tally.AcknowledgedCount;
        }

        // A new node on the same database: clients send their unanswered votes and follows again,
        // they count once, and the API shows what the database holds.
        await using (var app = await AppProcess.StartAsync(node, NodeSettings))
        {
            using var http = new HttpClient { BaseAddress = app.BaseAddress };
            var retries = new WriteTally();
            (await Task.WhenAll(participants.Select(p => p.RetryUnansweredAsync(http, scene, Rounds + 1, retries)))).ShouldAllBe(answered => answered, app.Output);
            retries.RefusedCount.ShouldBe(0);
            var violations = await check.ViolationsAsync();
            violations.ShouldBeEmpty(string.Join('\n', violations.Take(30)));
            await TheApiAgreesWithTheDatabaseAsync(http, scene, participants, check);
        }

        await TheCheckSeesTamperingAsync(check, scene, participants);
        var retried = participants.SelectMany(p => p.Writes).Count(w => w.Outcome == WriteOutcome.Unanswered && w.IsIdempotent);
        output.WriteLine($"{Rounds} kills, {Writers} writers, {acknowledged} writes acknowledged, {retried} votes or follows sent again, "
            + $"{await ThresholdsCrossedAsync(since)} thresholds crossed, {clock.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>
    /// Through the API of the first node: Turku pre-moderates (a submission also notifies its
    /// moderators), Tampere's support threshold sits just above its most-supported open idea (so
    /// votes cross it, notifying officials); twenty residents sign in.
    /// </summary>
    private async Task<(WriteScene Scene, List<Participant> Participants)> PrepareAsync(AppProcess app, int seed)
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        var list = await http.GetFromJsonAsync<JsonElement>($"/api/v1/cities/{VotingCity}/ideas?sort=newest&pageSize=100");
        var open = list.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("status").GetString() is "Published" or "UnderReview").ToList();
        open.Count.ShouldBeGreaterThan(10);
        var targets = open.OrderByDescending(i => i.GetProperty("voteCount").GetInt32()).Select(i => i.GetProperty("id").GetGuid()).ToList();
        var mostVotes = open.Max(i => i.GetProperty("voteCount").GetInt32());

        await ChangeSettingsAsync(http, VotingCity, s => s with { SupportThreshold = mostVotes + 3 });
        await ChangeSettingsAsync(http, PreModeratedCity, s => s with { ModerationMode = "PreModeration" });
        var categories = new Dictionary<string, Guid>();
        foreach (var city in new[] { VotingCity, PreModeratedCity })
        {
            categories[city] = (await http.GetFromJsonAsync<JsonElement>($"/api/v1/cities/{city}")).GetProperty("categories")[0].GetProperty("id").GetGuid();
        }

        var scene = new WriteScene(VotingCity, PreModeratedCity, targets, categories);
        var emails = Enumerable.Range(21, Writers).Select(n => $"resident{n}@demo.codesign.fi").ToList();
        var tokens = new Dictionary<string, string>();
        foreach (var email in emails)
        {
            tokens[email] = await SignIn.BearerTokenAsync(http, email);
        }

        var parameters = new Dictionary<string, object> { ["emails"] = emails.Select(e => e.ToUpperInvariant()).ToArray(), ["targets"] = targets.ToArray() };
        var people = await Sql.ReadAsync(
            _database.ConnectionString,
            """SELECT "NormalizedEmail", "Id" FROM "AspNetUsers" WHERE "NormalizedEmail" = ANY(@emails)""",
            parameters,
            r => (Email: r.GetString(0), Id: r.GetGuid(1)));
        var ids = people.ToDictionary(p => p.Email, p => p.Id, StringComparer.OrdinalIgnoreCase);
        var votes = await PairsAsync("""SELECT "VoterId", "IdeaId" FROM "Votes" WHERE "IdeaId" = ANY(@targets)""", parameters);
        var follows = await PairsAsync("""SELECT "UserId", "IdeaId" FROM "IdeaFollowers" WHERE "IdeaId" = ANY(@targets)""", parameters);
        var participants = emails.Select((email, i) => new Participant(email, ids[email], tokens[email], votes[ids[email]], follows[ids[email]], seed + i)).ToList();
        return (scene, participants);
    }

    private static async Task ChangeSettingsAsync(HttpClient http, string city, Func<CitySettingsDto, CitySettingsDto> change)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/cities/{city}/admin/settings");
        var token = await SignIn.BearerTokenAsync(http, $"{city}-admin@demo.codesign.fi");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var current = await http.SendAsync(request);
        current.EnsureSuccessStatusCode();
        var settings = (await current.Content.ReadFromJsonAsync<CitySettingsDto>())!;
        using var update = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cities/{city}/admin/settings") { Content = JsonContent.Create(change(settings)) };
        update.Headers.Authorization = request.Headers.Authorization;
        using var updated = await http.SendAsync(update);
        updated.EnsureSuccessStatusCode();
    }

    private async Task<ILookup<Guid, Guid>> PairsAsync(string sql, IReadOnlyDictionary<string, object> parameters) =>
        (await Sql.ReadAsync(_database.ConnectionString, sql, parameters, r => (Person: r.GetGuid(0), Idea: r.GetGuid(1)))).ToLookup(p => p.Person, p => p.Idea);

    /// <summary>
    /// Everyone writes until a random number of writes (25 to 80) has been acknowledged; then, as soon as
    /// one of the node's transactions is seen open (or after a moment), the node is killed with the
    /// participants' requests in flight. Returns the round's counts and whether a write was seen open.
    /// </summary>
    private async Task<(WriteTally Tally, bool WriteOpen)> WriteUntilKilledAsync(AppProcess app, WriteScene scene, List<Participant> participants, int round, Random random)
    {
        var tally = new WriteTally();
        var killAfter = random.Next(25, 81);
        await using var watch = new NpgsqlConnection(_database.ConnectionString);
        await watch.OpenAsync();
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        using var stop = new CancellationTokenSource();
        var writing = participants.Select(p => p.RunAsync(http, scene, round, tally, stop.Token)).ToList();
        // Only a guard against a hung node: on a loaded two-core machine a round can take tens of seconds.
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (tally.AcknowledgedCount < killAfter)
        {
            if (DateTime.UtcNow > deadline || writing.All(w => w.IsCompleted))
            {
                await stop.CancelAsync();
                await app.KillAsync();
                throw new InvalidOperationException($"Round {round}: {tally.AcknowledgedCount} of {killAfter} writes acknowledged, {tally.UnansweredCount} unanswered.\n{Tail(app.Output)}");
            }

            await Task.Delay(5);
        }

        // Killed first, told to stop after: whatever was in flight at that instant is cut short.
        var writeOpen = await AWriteIsOpenAsync(watch);
        tally.Kill();
        await app.KillAsync();
        await stop.CancelAsync();
        await Task.WhenAll(writing).WaitAsync(TimeSpan.FromSeconds(60));
        return (tally, writeOpen);
    }

    /// <summary>Looks (for at most about 200 ms) for one of the node's sessions inside a write.</summary>
    private static async Task<bool> AWriteIsOpenAsync(NpgsqlConnection watch)
    {
        const string sql = """
            SELECT count(*)::int FROM pg_stat_activity
            WHERE datname = current_database() AND application_name = @node
              AND (state = 'idle in transaction' OR (state = 'active' AND query ~* '^\s*(insert|update|delete|with)'))
            """;
        var parameters = new Dictionary<string, object> { ["node"] = NodeName };
        for (var i = 0; i < 100; i++)
        {
            if ((await Sql.ReadAsync(watch, sql, parameters, r => r.GetInt32(0)))[0] > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// PostgreSQL ends a dead client's sessions (rolling back what they had not committed) as it notices;
    /// until then a statement of the dead node could still commit. The check waits for that quiet.
    /// </summary>
    private async Task WaitUntilTheNodesSessionsEndAsync()
    {
        var parameters = new Dictionary<string, object> { ["node"] = NodeName };
        const string sql = """SELECT pid::text || ' ' || coalesce(state, '') || ' ' || left(query, 80) FROM pg_stat_activity WHERE datname = current_database() AND application_name = @node""";
        var deadline = DateTime.UtcNow.AddSeconds(30);
        List<string> sessions;
        while ((sessions = await Sql.ReadAsync(_database.ConnectionString, sql, parameters, r => r.GetString(0))).Count > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The killed node's database sessions did not end:\n" + string.Join('\n', sessions));
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Each target idea's counts through the API equal its rows; each person's voted and followed filters list what the database holds.</summary>
    private static async Task TheApiAgreesWithTheDatabaseAsync(HttpClient http, WriteScene scene, List<Participant> participants, ConsistencyCheck check)
    {
        var rows = await check.RowCountsAsync();
        foreach (var idea in scene.Targets)
        {
            var detail = await http.GetFromJsonAsync<JsonElement>($"/api/v1/cities/{scene.VotingCity}/ideas/{idea}");
            detail.GetProperty("voteCount").GetInt32().ShouldBe(rows[idea].Votes, $"votes of {idea}");
            detail.GetProperty("commentCount").GetInt32().ShouldBe(rows[idea].Comments, $"comments of {idea}");
        }

        foreach (var person in participants)
        {
            (await ListedAsync(http, scene, person, "voted")).ShouldBe(person.Voted, ignoreOrder: true, person.Email);
            (await ListedAsync(http, scene, person, "followed")).ShouldBe(person.Following, ignoreOrder: true, person.Email);
        }
    }

    private static async Task<List<Guid>> ListedAsync(HttpClient http, WriteScene scene, Participant person, string filter)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/cities/{scene.VotingCity}/ideas?{filter}=true&pageSize=100");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", person.AccessToken);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Where(scene.Targets.Contains).ToList();
    }

    /// <summary>
    /// The check is not vacuous: a counter one off, an acknowledged vote or reply gone, or a queued
    /// idea without its moderator's notice, each made in a transaction that is rolled back, is reported.
    /// </summary>
    private static async Task TheCheckSeesTamperingAsync(ConsistencyCheck check, WriteScene scene, List<Participant> participants)
    {
        var acknowledged = participants.SelectMany(p => p.Writes.Where(w => w.Outcome == WriteOutcome.Acknowledged).Select(w => (Person: p, Write: w))).ToList();
        var (voter, voted) = participants.SelectMany(p => p.Voted.Select(idea => (Person: p, Idea: idea))).First();
        var reply = acknowledged.First(x => x.Write.Kind == WriteKind.Reply).Write;
        var queued = acknowledged.First(x => x.Write.Kind == WriteKind.SubmitIdea && x.Write.City == scene.PreModeratedCity).Write;
        var cases = new (string Sql, object Id, string Expected)[]
        {
            ("""UPDATE "Ideas" SET "VoteCount" = "VoteCount" + 1 WHERE "Id" = @id""", scene.Targets[0], $"vote counter differs from the vote rows: {scene.Targets[0]}"),
            ("""DELETE FROM "Votes" WHERE "IdeaId" = @id AND "VoterId" = @person; UPDATE "Ideas" SET "VoteCount" = "VoteCount" - 1 WHERE "Id" = @id""", voted, $"acknowledged Vote state lost: {voter.Email} on {voted}"),
            ("""DELETE FROM "Comments" WHERE "Id" = @id""", reply.CreatedId!, $"acknowledged Reply lost: {reply.CreatedId}"),
            ("""DELETE FROM "Notifications" WHERE "SourceId" = @id""", queued.CreatedId!, $"idea queued for moderation without the notices to the city's moderators: {queued.CreatedId}"),
        };
        foreach (var (sql, id, expected) in cases)
        {
            var parameters = new Dictionary<string, object> { ["id"] = id, ["person"] = voter.UserId };
            var violations = await check.ViolationsAsync(connection => Sql.ExecuteAsync(connection, sql, parameters));
            violations.ShouldContain(v => v.StartsWith(expected, StringComparison.Ordinal), $"{sql}\n{string.Join('\n', violations)}");
        }

        (await check.ViolationsAsync()).ShouldBeEmpty("the tampering was rolled back");
    }

    private async Task<int> ThresholdsCrossedAsync(DateTime since) =>
        (await Sql.ReadAsync(
            _database.ConnectionString,
            """SELECT count(*)::int FROM "Ideas" WHERE "ThresholdReachedAt" >= @since""",
            new Dictionary<string, object> { ["since"] = since },
            r => r.GetInt32(0)))[0];

    private static string Tail(string text) => text.Length <= 4000 ? text : "…" + text[^4000..];
}
