using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CoDesign.TestBase;

/// <summary>
/// The app as a separate operating-system process (what a node is in production), on a free port,
/// over a given PostgreSQL database, sending mail to the test SMTP server. Tests can kill it.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public static async Task<AppProcess> StartAsync(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = TcpRelay.FreePort();
        var start = StartInfo(connectionString, settings, [], port);
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var app = new AppProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitUntilLiveAsync();
        return app;
    }

    /// <summary>Runs the app's `migrate` command (schema, job storage, reference data) to its end; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> MigrateAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var start = StartInfo(connectionString, null, ["migrate"], TcpRelay.FreePort());
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    private static ProcessStartInfo StartInfo(string connectionString, IReadOnlyDictionary<string, string>? settings, string[] arguments, int port)
    {
        var dll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [dll, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        var env = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = "PostgreSql",
            ["Database__MigrateOnStart"] = "false",
            ["ConnectionStrings__Default"] = connectionString,
            ["Mail__Smtp__Host"] = TestEnvironment.SmtpHost,
            ["Mail__Smtp__Port"] = TestEnvironment.SmtpPort.ToString(CultureInfo.InvariantCulture),
            ["Mail__Smtp__EnableSsl"] = "false",
            ["Jobs__DeliveryInterval"] = "00:00:00.300",
            ["Jobs__InvisibilityTimeout"] = "00:00:10",
            ["RateLimits__SignInPermits"] = "100000",
            ["RateLimits__ParticipationPermits"] = "100000",
            ["Coordination__CacheDuration"] = "00:00:00",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__CoDesign"] = "Information",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            env[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        foreach (var (key, value) in env)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    /// <summary>Ends the process at once, as a crash or an out-of-memory kill would: no shutdown, no cleanup.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    /// <summary>
    /// SIGKILL on Linux, at once: the app starts no child processes, so there is no process tree to
    /// walk first (which takes long enough on a busy machine for requests in flight to finish). Then
    /// waits (at most 10 s) until the process is gone, so that nothing of it answers after this returns.
    /// </summary>
    public async Task KillAsync(CancellationToken cancellationToken = default)
    {
        if (_process.HasExited)
        {
            return;
        }

        _process.Kill();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        await _process.WaitForExitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilLiveAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("The app process ended while starting:\n" + Output);
            }

            try
            {
                if ((await http.GetAsync(new Uri("/health/live", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The app process did not come up in 60 s:\n" + Output);
    }
}
