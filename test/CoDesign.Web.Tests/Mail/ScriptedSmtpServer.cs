using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text;
using CoDesign.TestBase;

namespace CoDesign.Web.Tests.Mail;

/// <summary>
/// A minimal SMTP listener for the faults a real server cannot be told to make: a chosen reply to a
/// chosen recipient or message, a connection dropped after the message was taken but before it was
/// answered. Normal delivery tests use the real server (aiosmtpd); this one only injects faults.
/// </summary>
public sealed class ScriptedSmtpServer : LoopbackListener
{
    private readonly ConcurrentQueue<string> _taken = new();
    private readonly ConcurrentQueue<string> _accepted = new();
    private int _connections;
    private int _messages;

    public ScriptedSmtpServer()
    {
        StartAccepting();
    }

    public int Connections => Volatile.Read(ref _connections);

    /// <summary>The reply to RCPT TO for an address; null: "250 2.1.5 Ok".</summary>
    public Func<string, string?> RecipientReply { get; set; } = _ => null;

    /// <summary>
    /// The reply after the n-th message's data (0-based over the server's life); null: the server
    /// has the message but drops the connection without answering.
    /// </summary>
    public Func<int, string?> DataReply { get; set; } = _ => "250 2.0.0 Ok: queued";

    /// <summary>Every message whose data arrived in full, answered or not.</summary>
    public IReadOnlyCollection<string> Taken => _taken;

    /// <summary>The messages answered with 250.</summary>
    public IReadOnlyCollection<string> Accepted => _accepted;

    protected override void OnAccepted(TcpClient client, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _connections);
        _ = ServeAsync(client, cancellationToken);
    }

    private async Task ServeAsync(TcpClient client, CancellationToken cancellationToken)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.Latin1);
                var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
                await using var _ = writer;
                await writer.WriteLineAsync("220 scripted.test ESMTP");
                while (await reader.ReadLineAsync(cancellationToken) is { } line)
                {
                    var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                    switch (verb)
                    {
                        case "EHLO" or "HELO":
                            await writer.WriteLineAsync("250 scripted.test");
                            break;
                        case "MAIL" or "RSET" or "NOOP":
                            await writer.WriteLineAsync("250 2.0.0 Ok");
                            break;
                        case "RCPT":
                            var address = line[(line.IndexOf('<', StringComparison.Ordinal) + 1)..line.LastIndexOf('>')];
                            await writer.WriteLineAsync(RecipientReply(address) ?? "250 2.1.5 Ok");
                            break;
                        case "DATA":
                            await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                            var data = new StringBuilder();
                            while (await reader.ReadLineAsync(cancellationToken) is { } dataLine && dataLine != ".")
                            {
                                data.Append(dataLine.StartsWith('.') ? dataLine[1..] : dataLine).Append("\r\n");
                            }

                            _taken.Enqueue(data.ToString());
                            var reply = DataReply(Interlocked.Increment(ref _messages) - 1);
                            if (reply is null)
                            {
                                client.Client.LingerState = new LingerOption(true, 0);
                                return;
                            }

                            await writer.WriteLineAsync(reply);
                            if (reply.StartsWith("250", StringComparison.Ordinal))
                            {
                                _accepted.Enqueue(data.ToString());
                            }

                            break;
                        case "QUIT":
                            await writer.WriteLineAsync("221 2.0.0 Bye");
                            return;
                        default:
                            await writer.WriteLineAsync("502 5.5.2 Command not recognized");
                            break;
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
            }
        }
    }
}
