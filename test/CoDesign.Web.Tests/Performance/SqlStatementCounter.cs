using System.Collections.Concurrent;
using System.Diagnostics;

namespace CoDesign.Web.Tests.Performance;

/// <summary>
/// Counts the SQL commands one HTTP request makes. The test starts an activity of its own, the
/// client sends its trace id in <c>traceparent</c>, ASP.NET Core continues that trace, and every
/// command Npgsql runs for the request is an activity of the same trace. Background work (jobs,
/// other tests in the process) has traces of its own, so it is never counted.
/// </summary>
internal sealed class SqlStatementCounter : IDisposable
{
    private const string SourceName = "CoDesign.Tests.StatementCount";
    private static readonly ActivitySource Source = new(SourceName);
    private readonly ActivityListener _listener;
    private readonly ConcurrentDictionary<ActivityTraceId, ConcurrentQueue<string>> _commands = new();

    public SqlStatementCounter()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "Npgsql" or "Microsoft.AspNetCore" or SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Record,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Runs <paramref name="request"/> in a trace of its own and returns the SQL it caused.</summary>
    public async Task<IReadOnlyList<string>> CaptureAsync(Func<Task> request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ActivityTraceId trace;
        using (var activity = Source.StartActivity("statement-count") ?? throw new InvalidOperationException("The test activity was not sampled."))
        {
            trace = activity.TraceId;
            _commands[trace] = new ConcurrentQueue<string>();
            await request();
        }

        // Npgsql stops a command's activity when its reader is disposed, which can be just after
        // the response has reached the client.
        await Task.Delay(50);
        return _commands.TryRemove(trace, out var commands) ? [.. commands] : [];
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Activity activity)
    {
        if (activity.Source.Name != "Npgsql" || !_commands.TryGetValue(activity.TraceId, out var commands))
        {
            return;
        }

        // Connection opens are activities too; only commands carry their text.
        var text = activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement");
        if (text is not null)
        {
            commands.Enqueue(text.ToString()!);
        }
    }
}
