using Changji.Cli.Serve;
using Changji.Pipeline.Submissions;
using Changji.Storage.Local;

namespace Changji.Cli.Tests.Serve;

/// <summary>A real <c>changji serve</c> web host on a free loopback port over a fresh output folder, and a client for it.</summary>
internal sealed class ServedSteward : IAsyncDisposable
{
    public static readonly Uploader Steward = new("测试员", "host\\tester");

    private ServedSteward(TempFolder folder, StewardServer server)
    {
        Folder = folder;
        Server = server;
        Http = new HttpClient { BaseAddress = server.Address };
    }

    public TempFolder Folder { get; }
    public StewardServer Server { get; }
    public HttpClient Http { get; }
    public string Output => Folder.Combine("out");
    public string Incoming => Folder.Combine("out", "incoming");

    /// <param name="token">Given: <c>--listen-any</c> with this access token; the client does not send it by itself.</param>
    public static async Task<ServedSteward> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, string? token = null)
    {
        var folder = new TempFolder();
        var output = folder.Combine("out");
        var server = await StewardServer.StartAsync(new LocalFolders(output, Path.Combine(output, "incoming")), 0, FixedClock.InSchoolYear2025(), Steward, settings, token);
        return new ServedSteward(folder, server);
    }

    /// <summary>Posts a file as the page does (multipart field <c>file</c>, the page's header).</summary>
    public async Task<HttpResponseMessage> UploadAsync(int year, string name, byte[] content, string contentType = "text/csv", bool asPage = true, string? bearer = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        form.Add(file, "file", name);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/years/{year}/files") { Content = form };
        if (asPage)
        {
            request.Headers.Add("X-Changji-Page", "1");
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        return await Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        Folder.Dispose();
    }
}
