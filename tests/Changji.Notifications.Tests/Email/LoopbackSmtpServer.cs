using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Changji.Notifications.Tests.Email;

/// <summary>
/// A real SMTP server (SmtpServer) on a free loopback port that keeps the mails it receives. With a
/// certificate it offers STARTTLS, or speaks TLS from the first byte when <c>implicitTls</c>.
/// </summary>
internal sealed class LoopbackSmtpServer : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Inbox inbox = new();
    private readonly Task server;

    public LoopbackSmtpServer(X509Certificate2? certificate = null, bool implicitTls = false)
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b =>
            {
                b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port));
                if (certificate is not null)
                {
                    b.Certificate(certificate).IsSecure(implicitTls);
                }
            })
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(inbox);
        server = new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
    }

    public int Port { get; }

    public IReadOnlyCollection<MimeMessage> Received => inbox.Received;

    /// <summary>For each mail received, whether its session was encrypted when the mail was sent.</summary>
    public IReadOnlyCollection<bool> ReceivedSecure => inbox.Secure;

    public void Dispose()
    {
        stop.Cancel();
        try
        {
            server.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        stop.Dispose();
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private sealed class Inbox : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Received { get; } = new();
        public ConcurrentQueue<bool> Secure { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            Received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            Secure.Enqueue(context.Pipe.IsSecure);
            return SmtpResponse.Ok;
        }
    }
}
