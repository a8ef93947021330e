using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Changji.Notifications.Email;
using Changji.Notifications.Http;
using Changji.Pipeline.Notifications;
using Changji.Testing.Notifications;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Changji.Notifications.Tests.Email;

public sealed class EmailChannelSenderTests : IDisposable
{
    private readonly NotificationFixture fixture = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Inbox inbox = new();
    private readonly int port = FreePort();
    private readonly Task server;

    public EmailChannelSenderTests()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(inbox);
        server = new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
    }

    [Fact]
    public async Task Email_TwoRuns_OneMailWithSubjectTextAndHtmlReachesTheServer()
    {
        await fixture.AddAsync(NotificationFixture.Message());
        var channel = new Channel
        {
            Name = "督导室邮箱",
            Type = ChannelType.Email,
            Email = new EmailSettings { Host = "127.0.0.1", Port = port, From = "alerts@example.org", To = ["dudao@example.org"], UseTls = false },
        };
        var delivery = new Delivery(fixture.Store, fixture.Store, new ChannelSender(new HttpChannelSender(new HttpClient(), fixture.Clock), new EmailChannelSender()), fixture.Clock);

        var first = await delivery.RunAsync([channel]);
        var second = await delivery.RunAsync([channel]);

        Assert.Equal((1, 0), (first.Delivered, second.Delivered));
        var mail = Assert.Single(inbox.Received);
        Assert.Equal("【督导预警】新增预警：学校指标低于最低值（6523010003）", mail.Subject);
        Assert.Equal("dudao@example.org", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Contains("责任单位：市教育局、市财政局", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("整改时限：2026-08-30", mail.HtmlBody, StringComparison.Ordinal);
    }

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
        fixture.Dispose();
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

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            Received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
