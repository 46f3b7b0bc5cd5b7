using System.Net;
using System.Net.Sockets;

namespace CoDesign.TestBase;

/// <summary>
/// A TCP listener on a free loopback port for a test's own servers (relays, fault injectors): it hands
/// each connection to <see cref="OnAccepted"/> until disposed.
/// </summary>
public abstract class LoopbackListener : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _cts = new();
    private Task _loop = Task.CompletedTask;

    protected LoopbackListener()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
    }

    public int Port { get; }

    public async ValueTask DisposeAsync()
    {
        await _cts.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _cts.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Starts accepting; called by the subclass once its own state is set, so no connection sees it half made.</summary>
    protected void StartAccepting() => _loop = AcceptAsync(_cts.Token);

    /// <summary>Takes over one connection (and disposes it); must not block the accept loop.</summary>
    protected abstract void OnAccepted(TcpClient client, CancellationToken cancellationToken);

    private async Task AcceptAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            OnAccepted(client, cancellationToken);
        }
    }
}
