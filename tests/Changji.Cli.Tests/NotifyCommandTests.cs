using System.CommandLine;
using System.Text.Json;

namespace Changji.Cli.Tests;

public sealed class NotifyCommandTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly LoopbackHttpServer server = new();

    private async Task<(int Code, string Out, string Err)> InvokeAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Func<string, string?> environment = name => name == "HOOK_SECRET" ? "s3cret" : null;
        var root = new RootCommand
        {
            RunCommand.Create(FixedClock.InSchoolYear2025(), stdout, stderr, environment),
            NotifyCommand.Create(FixedClock.InSchoolYear2025(), stdout, stderr, environment),
            BulletinCommand.Create(FixedClock.InSchoolYear2025(), stdout, stderr, environment),
        };
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string ChannelsFile()
    {
        var path = folder.Combine("channels.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new
        {
            channels = new object[]
            {
                // perMinute 0: no pacing, so the test does not wait a real minute (pacing is tested with a fake clock).
                new { name = "督导室群", type = "wecom", url = server.Url("cgi-bin/webhook/send?key=k").AbsoluteUri, audience = "supervision", perMinute = 0 },
                new { name = "信息中心", type = "webhook", url = server.Url("hook").AbsoluteUri, secret = "env:HOOK_SECRET", audience = "supervision" },
            },
        }));
        return path;
    }

    [Fact]
    public async Task RunWithChannels_Samples_DeliversEveryMessageOnceAndNotifyThenSendsNothing()
    {
        var output = folder.Combine("out");
        var channels = ChannelsFile();

        var run = await InvokeAsync("run", "--input", RepoRoot.Samples, "--output", output, "--channels", channels);
        var sentByRun = server.Requests.Count;
        var notify = await InvokeAsync("notify", "--output", output, "--channels", channels);

        var messages = Directory.GetFiles(Path.Combine(output, "outbox"), "*.json").Length;
        Assert.Equal(ExitCodes.Rejections, run.Code);
        Assert.True(messages > 0);
        Assert.Equal(2 * messages, sentByRun);
        Assert.Equal(ExitCodes.Success, notify.Code);
        Assert.Equal(sentByRun, server.Requests.Count);
        Assert.Contains("本次送达 0 条", notify.Out, StringComparison.Ordinal);
        var wecom = server.Requests.First(r => r.RawUrl.StartsWith("/cgi-bin", StringComparison.Ordinal));
        Assert.Contains("责任单位：", wecom.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notify_ServerFailing_ExitsWithFailureAndNextNotifyRetries()
    {
        var output = folder.Combine("out");
        await InvokeAsync("run", "--input", RepoRoot.Samples, "--output", output);
        server.Answer([.. Enumerable.Repeat((500, "{}"), 1000)]);

        var failing = await InvokeAsync("notify", "--output", output, "--channels", ChannelsFile());

        Assert.Equal(ExitCodes.Failure, failing.Code);
        Assert.Contains("HTTP 500", failing.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notify_LiteralSecretInFile_IsAUsageError()
    {
        var output = folder.Combine("out");
        await InvokeAsync("run", "--input", RepoRoot.Samples, "--output", output);
        var path = folder.Combine("bad.json");
        File.WriteAllText(path, """{ "channels": [ { "name": "钩子", "type": "webhook", "url": "http://127.0.0.1:9/h", "secret": "plain" } ] }""");

        var result = await InvokeAsync("notify", "--output", output, "--channels", path);

        Assert.Equal(ExitCodes.Usage, result.Code);
        Assert.Contains("env:", result.Err, StringComparison.Ordinal);
    }

    /// <summary>
    /// The robot takes only bulletins (a rule no alert has), the hook only alerts: the bulletin's notice reaches the robot once
    /// however often the bulletin is written, and the run's alerts, already delivered, are not sent again.
    /// </summary>
    [Fact]
    public async Task BulletinWithChannels_WrittenTwice_NoticeSentOnceToTheChannelThatTakesBulletins()
    {
        var output = folder.Combine("out");
        await InvokeAsync("run", "--input", RepoRoot.Samples, "--output", output, "--channels", ChannelsFile());
        var path = folder.Combine("bulletins.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new
        {
            channels = new object[]
            {
                new { name = "通报群", type = "wecom", url = server.Url("bulletin?key=b").AbsoluteUri, rules = new[] { "none" }, bulletins = true, perMinute = 0 },
                new { name = "信息中心", type = "webhook", url = server.Url("hook").AbsoluteUri, secret = "env:HOOK_SECRET", audience = "supervision" },
            },
        }));
        var before = server.Requests.Count;

        var first = await InvokeAsync("bulletin", "--output", output, "--as-of", "2026-07-01T09:00:00+08:00", "--channels", path);
        var second = await InvokeAsync("bulletin", "--output", output, "--as-of", "2026-07-01T09:00:00+08:00", "--channels", path);

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (first.Code, second.Code));
        Assert.Contains("本次送达 1 条", first.Out, StringComparison.Ordinal);
        Assert.Contains("本次送达 0 条", second.Out, StringComparison.Ordinal);
        var notice = Assert.Single(server.Requests.Skip(before));
        Assert.StartsWith("/bulletin", notice.RawUrl, StringComparison.Ordinal);
        Assert.Contains("督查通报（2026年第6期）已印发", notice.Text, StringComparison.Ordinal);
        Assert.Contains("通报期间：2026年6月1日至2026年6月30日", notice.Text, StringComparison.Ordinal);
        Assert.Contains("reports/通报/督查通报-2026年第6期.docx", notice.Text, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        server.Dispose();
        folder.Dispose();
    }
}
