using HangfireLevel = Hangfire.Logging.LogLevel;

namespace CoDesign.Web.Jobs;

/// <summary>
/// Hangfire's log (a process-wide static) into this app's logging. Several apps share one test
/// process and the last one configured owns Hangfire's static log provider; once that app is
/// disposed its logger factory throws, so a line that cannot be written any more is dropped
/// rather than failing the Hangfire component of another app that tried to log it.
/// </summary>
public sealed class HangfireLogBridge(ILoggerFactory factory) : Hangfire.Logging.ILogProvider
{
    public Hangfire.Logging.ILog GetLogger(string name) => new BridgedLog(factory, name);

    private sealed class BridgedLog(ILoggerFactory factory, string name) : Hangfire.Logging.ILog
    {
        private ILogger? _logger;

        public bool Log(HangfireLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                _logger ??= factory.CreateLogger(name);
                var level = logLevel switch
                {
                    HangfireLevel.Trace => LogLevel.Trace,
                    HangfireLevel.Debug => LogLevel.Debug,
                    HangfireLevel.Info => LogLevel.Information,
                    HangfireLevel.Warn => LogLevel.Warning,
                    HangfireLevel.Error => LogLevel.Error,
                    _ => LogLevel.Critical,
                };
                if (!_logger.IsEnabled(level))
                {
                    return false;
                }

                if (messageFunc is not null)
                {
#pragma warning disable CA1848, CA2254 // Hangfire hands over finished text; there is no template to cache.
                    _logger.Log(level, exception, messageFunc());
#pragma warning restore CA1848, CA2254
                }

                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
