using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Changji.Testing;

/// <summary>
/// A real HTTP server on 127.0.0.1 (HttpListener) standing in for a robot or webhook endpoint: it
/// records every request and answers from a script (by default 200 with <c>{"errcode":0}</c>).
/// </summary>
internal sealed class LoopbackHttpServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentQueue<(int Status, string Body)> script = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public LoopbackHttpServer()
    {
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add(BaseUrl.AbsoluteUri);
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public Uri BaseUrl { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Answers the next requests with these, in order; afterwards 200 <c>{"errcode":0}</c> again.</summary>
    public void Answer(params (int Status, string Body)[] answers)
    {
        foreach (var a in answers)
        {
            script.Enqueue(a);
        }
    }

    public Uri Url(string pathAndQuery) => new(BaseUrl, pathAndQuery);

    public void Dispose()
    {
        stop.Cancel();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body).ConfigureAwait(false);
            var headers = context.Request.Headers.AllKeys.Where(k => k is not null)
                .ToDictionary(k => k!, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase);
            Requests.Enqueue(new RecordedRequest(context.Request.RawUrl ?? "", context.Request.Url!, headers, body.ToArray()));
            var (status, answer) = script.TryDequeue(out var scripted) ? scripted : (200, """{"errcode":0,"errmsg":"ok"}""");
            var bytes = Encoding.UTF8.GetBytes(answer);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}

/// <summary>One request the server received: raw path and query, headers, body bytes.</summary>
internal sealed record RecordedRequest(string RawUrl, Uri Url, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string Text => Encoding.UTF8.GetString(Body);
}
