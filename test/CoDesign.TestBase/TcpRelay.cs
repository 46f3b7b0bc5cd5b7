using System.Net;
using System.Net.Sockets;

namespace CoDesign.TestBase;

/// <summary>
/// A TCP port that forwards to another (the test SMTP server) only while it is open. Closed, it
/// still holds its port but drops every connection at once, as a mail server that is down does.
/// </summary>
public sealed class TcpRelay : LoopbackListener
{
    private readonly int _targetPort;
    private volatile bool _open;
    private int _connections;

    public TcpRelay(int targetPort)
    {
        _targetPort = targetPort;
        StartAccepting();
    }

    /// <summary>How many connections were relayed to the target so far (a closed relay's refusals do not count).</summary>
    public int Connections => Volatile.Read(ref _connections);

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Open() => _open = true;

    public void Close() => _open = false;

    protected override void OnAccepted(TcpClient client, CancellationToken cancellationToken)
    {
        if (_open)
        {
            Interlocked.Increment(ref _connections);
            _ = RelayAsync(client, cancellationToken);
        }
        else
        {
            client.Client.LingerState = new LingerOption(true, 0);
            client.Dispose();
        }
    }

    private async Task RelayAsync(TcpClient client, CancellationToken cancellationToken)
    {
        using (client)
        using (var server = new TcpClient())
        {
            try
            {
                await server.ConnectAsync(IPAddress.Loopback, _targetPort, cancellationToken);
                var a = client.GetStream();
                var b = server.GetStream();
                await Task.WhenAny(a.CopyToAsync(b, cancellationToken), b.CopyToAsync(a, cancellationToken));
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException)
            {
            }
        }
    }
}
