using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CoDesign.Web.Tests.Mail;

/// <summary>
/// The real SMTP server (aiosmtpd) with TLS, on a certificate made for the test: STARTTLS required
/// (<c>--tlscert</c>) or implicit TLS (<c>--smtpscert</c>). Writes what it receives to a Maildir of its own.
/// </summary>
public sealed class TlsSmtpServer : IDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private TlsSmtpServer(Process process, string folder, int port, X509Certificate2 certificate)
    {
        _process = process;
        _folder = folder;
        Port = port;
        Certificate = certificate;
    }

    public int Port { get; }

    public X509Certificate2 Certificate { get; }

    public string[] Received => Directory.Exists(Path.Combine(_folder, "maildir", "new")) ? Directory.GetFiles(Path.Combine(_folder, "maildir", "new")) : [];

    public static async Task<TlsSmtpServer> StartAsync(bool implicitTls)
    {
        var folder = Directory.CreateTempSubdirectory("codesign-tls-smtp-").FullName;
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var certFile = Path.Combine(folder, "cert.pem");
        var keyFile = Path.Combine(folder, "key.pem");
        await File.WriteAllTextAsync(certFile, certificate.ExportCertificatePem());
        await File.WriteAllTextAsync(keyFile, key.ExportPkcs8PrivateKeyPem());

        var port = CoDesign.TestBase.TcpRelay.FreePort();
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox" })
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add(implicitTls ? "--smtpscert" : "--tlscert");
        start.ArgumentList.Add(certFile);
        start.ArgumentList.Add(implicitTls ? "--smtpskey" : "--tlskey");
        start.ArgumentList.Add(keyFile);
        start.ArgumentList.Add(Path.Combine(folder, "maildir"));
        var process = Process.Start(start) ?? throw new InvalidOperationException("aiosmtpd did not start");
        var server = new TlsSmtpServer(process, folder, port, certificate);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(100);
            }
            catch (SocketException)
            {
                var error = process.HasExited ? await process.StandardError.ReadToEndAsync() : "not listening after 15 s";
                server.Dispose();
                throw new InvalidOperationException("aiosmtpd with TLS did not start: " + error);
            }
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(5_000);
        }

        _process.Dispose();
        Certificate.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
