using System.Net;
using Changji.Ingestion;
using Changji.Pipeline.Submissions;
using Changji.Storage.Local;
using Changji.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Changji.Cli.Serve;

/// <summary>
/// <c>changji serve</c>'s web host: Kestrel on the loopback address only (this page has no sign-in,
/// so it is for the one machine it runs on), the local composition (<see cref="LocalHost"/>) and the
/// stewards' API. Only <c>localhost</c> and <c>127.0.0.1</c> are accepted as host names, so a page of
/// another site cannot reach it by pointing a DNS name at 127.0.0.1.
/// With an access token (<c>--listen-any</c>) it listens on every interface instead and answers any host
/// name, but only requests carrying the token (<see cref="TokenGate"/>).
/// </summary>
public sealed class StewardServer : IAsyncDisposable
{
    /// <summary>Room for the multipart framing around a file of the maximum size.</summary>
    private const long FramingBytes = 64 * 1024;

    private readonly WebApplication app;

    private StewardServer(WebApplication app, Uri address, string? token)
    {
        this.app = app;
        Address = address;
        Token = token;
    }

    /// <summary>Where the page is on this machine, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The addresses Kestrel bound (<c>http://[::]:p</c> or <c>http://0.0.0.0:p</c> when listening on every interface).</summary>
    public IReadOnlyCollection<string> Bindings => [.. app.Urls];

    /// <summary>The token every request must carry, when listening on every interface; otherwise null.</summary>
    public string? Token { get; }

    /// <summary>
    /// The address to print: <see cref="Address"/> on loopback; with a token, this machine's host name and
    /// <c>?token=…</c>, the one link that opens the page from another machine.
    /// </summary>
    public Uri PageUrl => Token is null
        ? Address
        : new UriBuilder(Address) { Host = Dns.GetHostName(), Query = $"{TokenGate.Query}={Token}" }.Uri;

    /// <param name="port">The loopback port; 0 for any free one.</param>
    /// <param name="uploader">Who uploads: the OS user running the command.</param>
    /// <param name="accessToken">Null: loopback only. Otherwise every interface, and every request must carry this token.</param>
    public static async Task<StewardServer> StartAsync(LocalFolders folders, int port, TimeProvider? clock, Uploader uploader,
        IReadOnlyDictionary<string, string?>? settings = null, string? accessToken = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folders);
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, IPEndPoint.MaxPort);
        Directory.CreateDirectory(folders.Root);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = folders.Root });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            if (accessToken is null)
            {
                k.Listen(IPAddress.Loopback, port);
            }
            else
            {
                k.ListenAnyIP(port);
            }
        });
        LocalHost.Register(builder.Services, folders, clock, settings);
        builder.Services.AddSingleton<LocalUploadGate>();
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IngestionOptions>((k, o) => k.Limits.MaxRequestBodySize = o.MaxFileBytes + FramingBytes);
        builder.Services.AddOptions<FormOptions>().Configure<IngestionOptions>((f, o) => f.MultipartBodyLengthLimit = o.MaxFileBytes + FramingBytes);
        // On the network the host name is whatever the steward types (name or address); the token guards it instead.
        builder.Services.AddHostFiltering(o => o.AllowedHosts = accessToken is null ? ["localhost", "127.0.0.1"] : ["*"]);

        var app = builder.Build();
        app.UseHostFiltering();
        app.Use(async (context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
            await next(context).ConfigureAwait(false);
        });
        if (accessToken is not null)
        {
            // After the headers, so a refusal carries them too.
            app.Use((context, next) => TokenGate.InvokeAsync(context, accessToken, next));
        }

        StewardApi.Map(app, uploader);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        if (accessToken is null && LoopbackBinding.NonLoopback(app.Urls) is { Count: > 0 } exposed)
        {
            await app.StopAsync(cancellationToken).ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
            throw new NonLoopbackBindException(ZhCn.Format("serve.error.not_loopback", ("urls", string.Join("、", exposed))));
        }

        // Every bind listens on this machine's loopback too (a wildcard one included): the local address is the same port on 127.0.0.1.
        return new StewardServer(app, new UriBuilder(new Uri(app.Urls.First())) { Host = "127.0.0.1" }.Uri, accessToken);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
