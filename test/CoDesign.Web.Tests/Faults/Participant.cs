using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CoDesign.Web.Tests.Faults;

/// <summary>
/// A signed-in person writing as fast as the node answers, one request at a time, who remembers
/// what the server acknowledged: their votes and follows on the target ideas as last confirmed, the
/// comments and ideas it created, and the request (if any) that the kill left without an answer.
/// </summary>
internal sealed class Participant(string email, Guid userId, string accessToken, IEnumerable<Guid> voted, IEnumerable<Guid> following, int seed)
{
    private readonly Random _random = new(seed);
    private readonly List<ClientWrite> _writes = [];
    private readonly List<ClientWrite> _ownComments = [];
    private int _sequence;

    public string Email { get; } = email;

    public Guid UserId { get; } = userId;

    public string AccessToken { get; } = accessToken;

    /// <summary>Target ideas this person votes for, as the server last acknowledged (seeded votes included).</summary>
    public HashSet<Guid> Voted { get; } = [.. voted];

    public HashSet<Guid> Following { get; } = [.. following];

    /// <summary>The last request, when no answer came: the database may show it done or not done.</summary>
    public ClientWrite? Unanswered { get; private set; }

    public IReadOnlyList<ClientWrite> Writes => _writes;

    /// <summary>
    /// Writes until <paramref name="stop"/> or until a request goes unanswered. A vote or follow left
    /// unanswered by the previous node is first sent again, as a client that retries would.
    /// </summary>
    public async Task RunAsync(HttpClient http, WriteScene scene, int round, WriteTally tally, CancellationToken stop)
    {
        if (!await RetryUnansweredAsync(http, scene, round, tally))
        {
            return;
        }

        while (!stop.IsCancellationRequested && await SendAsync(http, scene, Next(scene, round), tally))
        {
        }
    }

    /// <summary>Sends an unanswered vote or follow again (comments and ideas are not safe to repeat); false if again no answer came.</summary>
    public async Task<bool> RetryUnansweredAsync(HttpClient http, WriteScene scene, int round, WriteTally tally) =>
        Unanswered is not { IsIdempotent: true } retry || await SendAsync(http, scene, retry with { Round = round, Outcome = null }, tally);

    private ClientWrite Next(WriteScene scene, int round)
    {
        // Half the writes go to the few most-supported ideas: contention on their rows, and thresholds crossed.
        var idea = scene.Targets[_random.Next(_random.Next(2) == 0 ? WriteScene.HotIdeas : scene.Targets.Count)];
        var text = $"{WriteScene.Marker} r{round} {Email.Split('@')[0]} #{++_sequence}";
        var roll = _random.Next(100);
        if (roll < 40)
        {
            // A vote already given is mostly given again (which must change nothing), sometimes withdrawn.
            var withdraw = Voted.Contains(idea) && _random.Next(3) == 0;
            return new ClientWrite(round, withdraw ? WriteKind.Withdraw : WriteKind.Vote, scene.VotingCity, idea);
        }

        if (roll < 55)
        {
            return new ClientWrite(round, Following.Contains(idea) ? WriteKind.Unfollow : WriteKind.Follow, scene.VotingCity, idea);
        }

        if (roll < 65 && _ownComments.Count > 0)
        {
            var parent = _ownComments[_random.Next(_ownComments.Count)];
            return new ClientWrite(round, WriteKind.Reply, scene.VotingCity, parent.IdeaId, parent.CreatedId, $"{text}: vastaus");
        }

        if (roll < 82)
        {
            return new ClientWrite(round, WriteKind.Comment, scene.VotingCity, idea, Text: $"{text}: kommentti");
        }

        var city = _random.Next(2) == 0 ? scene.VotingCity : scene.PreModeratedCity;
        return new ClientWrite(round, WriteKind.SubmitIdea, city, Guid.Empty, Text: $"{text}: uusi idea");
    }

    /// <summary>Sends one write; false when no answer came, after which this person stops for the round.</summary>
    private async Task<bool> SendAsync(HttpClient http, WriteScene scene, ClientWrite write, WriteTally tally)
    {
        using var request = Request(scene, write);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
        var sentAt = Stopwatch.GetTimestamp();
        try
        {
            // No cancellation token: only the kill may cut a request short.
            using var response = await http.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                _writes.Add(write with { Outcome = WriteOutcome.Refused, Refusal = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}" });
                tally.Refused();
                return true;
            }

            Guid? created = write.Kind is WriteKind.Comment or WriteKind.Reply or WriteKind.SubmitIdea
                ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()
                : null;
            Acknowledge(write with { Outcome = WriteOutcome.Acknowledged, CreatedId = created });
            tally.Acknowledged();
            return true;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Unanswered = write with { Outcome = WriteOutcome.Unanswered };
            _writes.Add(Unanswered);
            tally.Unanswered(sentAt);
            return false;
        }
    }

    private void Acknowledge(ClientWrite write)
    {
        _writes.Add(write);
        Unanswered = null;
        switch (write.Kind)
        {
            case WriteKind.Vote:
                Voted.Add(write.IdeaId);
                break;
            case WriteKind.Withdraw:
                Voted.Remove(write.IdeaId);
                break;
            case WriteKind.Follow:
                Following.Add(write.IdeaId);
                break;
            case WriteKind.Unfollow:
                Following.Remove(write.IdeaId);
                break;
            case WriteKind.Comment:
                _ownComments.Add(write);
                break;
        }
    }

    private static HttpRequestMessage Request(WriteScene scene, ClientWrite write)
    {
        var ideas = $"/api/v1/cities/{write.City}/ideas";
        return write.Kind switch
        {
            WriteKind.Vote => new HttpRequestMessage(HttpMethod.Put, $"{ideas}/{write.IdeaId}/vote"),
            WriteKind.Withdraw => new HttpRequestMessage(HttpMethod.Delete, $"{ideas}/{write.IdeaId}/vote"),
            WriteKind.Follow => new HttpRequestMessage(HttpMethod.Put, $"{ideas}/{write.IdeaId}/follow"),
            WriteKind.Unfollow => new HttpRequestMessage(HttpMethod.Delete, $"{ideas}/{write.IdeaId}/follow"),
            WriteKind.Comment or WriteKind.Reply => new HttpRequestMessage(HttpMethod.Post, $"{ideas}/{write.IdeaId}/comments")
            {
                Content = JsonContent.Create(new { body = write.Text, parentId = write.ParentId }),
            },
            _ => new HttpRequestMessage(HttpMethod.Post, ideas)
            {
                Content = JsonContent.Create(new { title = write.Text, body = "Kirjoitettu kesken solmun kaatumisen.", categoryId = scene.Categories[write.City], language = "fi" }),
            },
        };
    }
}
