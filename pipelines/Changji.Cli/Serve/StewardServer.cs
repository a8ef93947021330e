using System.Net;
using Changji.Ingestion;
using Changji.Pipeline.Submissions;
using Changji.Storage.Local;
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
/// </summary>
public sealed class StewardServer : IAsyncDisposable
{
    /// <summary>Room for the multipart framing around a file of the maximum size.</summary>
    private const long FramingBytes = 64 * 1024;

    private readonly WebApplication app;

    private StewardServer(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    /// <summary>Where the page is, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri Address { get; }

    /// <param name="port">The loopback port; 0 for any free one.</param>
    /// <param name="uploader">Who uploads: the OS user running the command.</param>
    public static async Task<StewardServer> StartAsync(LocalFolders folders, int port, TimeProvider? clock, Uploader uploader,
        IReadOnlyDictionary<string, string?>? settings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folders);
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, IPEndPoint.MaxPort);
        Directory.CreateDirectory(folders.Root);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = folders.Root });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        LocalHost.Register(builder.Services, folders, clock, settings);
        builder.Services.AddSingleton<LocalUploadGate>();
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IngestionOptions>((k, o) => k.Limits.MaxRequestBodySize = o.MaxFileBytes + FramingBytes);
        builder.Services.AddOptions<FormOptions>().Configure<IngestionOptions>((f, o) => f.MultipartBodyLengthLimit = o.MaxFileBytes + FramingBytes);
        builder.Services.AddHostFiltering(o => o.AllowedHosts = ["localhost", "127.0.0.1"]);

        var app = builder.Build();
        app.UseHostFiltering();
        app.Use(async (context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
            await next(context).ConfigureAwait(false);
        });
        StewardApi.Map(app, uploader);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new StewardServer(app, new Uri(app.Urls.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
