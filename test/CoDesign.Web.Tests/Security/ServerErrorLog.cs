using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CoDesign.Web.Tests.Security;

/// <summary>
/// A logger provider that keeps the exceptions the server logs, by the request's trace id: the cause
/// of a 500 for the report (the problem details carry the same trace id).
/// </summary>
public sealed class ServerErrorLog : ILoggerProvider
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _byTrace = new(StringComparer.Ordinal);

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    /// <summary>The exceptions logged while serving the request with this W3C trace id ("00-{trace}-{span}-00" or the bare trace).</summary>
    public IReadOnlyList<string> Take(string? traceId)
    {
        var parts = traceId?.Split('-');
        var trace = parts is { Length: 4 } ? parts[1] : traceId ?? string.Empty;
        return _byTrace.TryRemove(trace, out var entries) ? entries.Distinct().ToList() : [];
    }

    public void Dispose()
    {
    }

    private sealed class Logger(ServerErrorLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel) || exception is null)
            {
                return;
            }

            var cause = exception.GetBaseException();
            var where = exception.ToString().Split('\n').FirstOrDefault(l => l.Contains("at CoDesign.", StringComparison.Ordinal))?.Trim();
            var trace = Activity.Current?.TraceId.ToHexString() ?? string.Empty;
            log._byTrace.GetOrAdd(trace, _ => new ConcurrentQueue<string>()).Enqueue($"{cause.GetType().Name}: {cause.Message.ReplaceLineEndings(" ")} {where}");
        }
    }
}
