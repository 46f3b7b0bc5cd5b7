using System.Net.Http.Headers;
using System.Text.Json;

namespace CoDesign.Web.Tests.Security;

/// <summary>
/// Sends fuzz cases and judges each answer: a 5xx or no answer is a failure (with what the server
/// logged for that request, found by its trace id), a 4xx must be problem details with a code.
/// Safe to use from several requests at once.
/// </summary>
internal sealed class FuzzRunner(IReadOnlyDictionary<Person, HttpClient> clients, ServerErrorLog serverLog)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private const int LargeBody = 256 * 1024;
    private readonly Lock _lock = new();

    public List<FuzzFinding> ServerErrors { get; } = [];

    public List<FuzzFinding> NotProblems { get; } = [];

    public Dictionary<FuzzCaseKind, int> CasesByKind { get; } = [];

    public Dictionary<Person, int> RequestsByPerson { get; } = [];

    public Dictionary<int, int> Statuses { get; } = [];

    /// <summary>Per operation: answers from past authentication, authorisation and routing (2xx, or 4xx other than 401/403/404/405).</summary>
    public Dictionary<string, int> Reached { get; } = new(StringComparer.Ordinal);

    /// <summary>Per operation: 2xx answers.</summary>
    public Dictionary<string, int> Succeeded { get; } = new(StringComparer.Ordinal);

    /// <summary>Requests Kestrel refused before the app saw them (a NUL in the path): an empty 400 the app cannot shape.</summary>
    public int RefusedByKestrel { get; private set; }

    public int Requests { get; private set; }

    public static bool IsReached(int status) => status is >= 200 and < 300 || (status is >= 400 and < 500 && status is not (401 or 403 or 404 or 405));

    public void Count(FuzzCase fuzzCase)
    {
        ArgumentNullException.ThrowIfNull(fuzzCase);
        CasesByKind[fuzzCase.Kind] = CasesByKind.GetValueOrDefault(fuzzCase.Kind) + 1;
    }

    /// <summary>Sends the case as the person and returns the status (0 when no answer came in time).</summary>
    public async Task<int> SendAsync(FuzzCase fuzzCase, Person person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fuzzCase);
        using var request = new HttpRequestMessage(new HttpMethod(fuzzCase.Operation.Method), new Uri(fuzzCase.Url, UriKind.Relative));
        if (fuzzCase.Body is not null)
        {
            request.Content = new ByteArrayContent(fuzzCase.Body);
            request.Content.Headers.ContentType = null;
            // As curl does past 1 MB: a body the server refuses by its length (413) is then never sent,
            // instead of the server closing the connection under a client still writing it.
            request.Headers.ExpectContinue = fuzzCase.Body.Length > LargeBody;
            if (fuzzCase.ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", fuzzCase.ContentType);
            }
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Patience);
        int status;
        string body;
        MediaTypeHeaderValue? contentType;
        bool closed;
        try
        {
            using var response = await clients[person].SendAsync(request, timeout.Token);
            status = (int)response.StatusCode;
            contentType = response.Content.Headers.ContentType;
            closed = response.Headers.ConnectionClose == true;
            body = await response.Content.ReadAsStringAsync(timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var what = e is HttpRequestException ? $"connection failed: {Causes(e)}" : $"no answer within {Patience.TotalSeconds} s";
            lock (_lock)
            {
                Requests++;
                RequestsByPerson[person] = RequestsByPerson.GetValueOrDefault(person) + 1;
                ServerErrors.Add(new FuzzFinding(fuzzCase, person, 0, what, []));
            }

            return 0;
        }

        var key = fuzzCase.Operation.Key;
        var serverLogged = status >= 500 ? serverLog.Take(TraceId(body)) : [];
        lock (_lock)
        {
            Requests++;
            RequestsByPerson[person] = RequestsByPerson.GetValueOrDefault(person) + 1;
            Statuses[status] = Statuses.GetValueOrDefault(status) + 1;
            if (IsReached(status))
            {
                Reached[key] = Reached.GetValueOrDefault(key) + 1;
            }

            if (status is >= 200 and < 300)
            {
                Succeeded[key] = Succeeded.GetValueOrDefault(key) + 1;
            }

            if (status >= 500)
            {
                ServerErrors.Add(new FuzzFinding(fuzzCase, person, status, Excerpt(body), serverLogged));
            }
            else if (status == 400 && body.Length == 0 && closed && contentType is null)
            {
                RefusedByKestrel++;
            }
            else if (status >= 400 && !IsProblemWithCode(contentType, body))
            {
                NotProblems.Add(new FuzzFinding(fuzzCase, person, status, $"({contentType?.MediaType ?? "no content type"}) {Excerpt(body)}", []));
            }
        }

        return status;
    }

    private static string? TraceId(string body)
    {
        try
        {
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("traceId", out var trace) ? trace.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsProblemWithCode(MediaTypeHeaderValue? contentType, string body)
    {
        if (contentType?.MediaType != "application/problem+json")
        {
            return false;
        }

        try
        {
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                && code.GetString()!.StartsWith("CoDesign:", StringComparison.Ordinal);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Excerpt(string body)
    {
        var flat = body.ReplaceLineEndings(" ");
        return flat.Length <= 300 ? flat : flat[..300] + "…";
    }

    /// <summary>The exception's message and those of its inner exceptions: the socket error is at the bottom.</summary>
    private static string Causes(Exception e)
    {
        var messages = new List<string>();
        for (var current = e; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
        }

        return string.Join(" <- ", messages);
    }
}
