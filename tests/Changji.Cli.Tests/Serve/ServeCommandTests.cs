using System.CommandLine;

namespace Changji.Cli.Tests.Serve;

/// <summary><c>changji serve</c> as typed: it starts on loopback, says where, and stops on cancellation; bad options are usage errors.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Serve_PortZero_PrintsLoopbackAddressAndStopsOnCancel()
    {
        using var stdout = new StringWriter();
        using var stop = new CancellationTokenSource();
        Uri? address = null;
        var root = new RootCommand { ServeCommand.Create(FixedClock.InSchoolYear2025(), stdout, a => { address = a; stop.Cancel(); }) };

        var code = await root.Parse(["serve", "--output", folder.Combine("out"), "--port", "0"]).InvokeAsync(new InvocationConfiguration { Output = stdout }, stop.Token);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("127.0.0.1", address!.Host);
        Assert.Contains($"数据报送页面已启动：{address}", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_ListenAny_PrintsHostNameLinkWithTokenOnce()
    {
        using var stdout = new StringWriter();
        using var stop = new CancellationTokenSource();
        var root = new RootCommand { ServeCommand.Create(FixedClock.InSchoolYear2025(), stdout, _ => stop.Cancel()) };

        var code = await root.Parse(["serve", "--output", folder.Combine("out"), "--port", "0", "--listen-any"]).InvokeAsync(new InvocationConfiguration { Output = stdout }, stop.Token);

        var printed = stdout.ToString();
        var link = System.Text.RegularExpressions.Regex.Match(printed, @"http://([^/:\s]+):(\d+)/\?token=([A-Za-z0-9_-]{43})");
        Assert.Equal(ExitCodes.Success, code);
        Assert.True(link.Success, printed);
        Assert.Equal(System.Net.Dns.GetHostName(), link.Groups[1].Value, ignoreCase: true);
        Assert.Contains("没有令牌的请求一律拒绝", printed, StringComparison.Ordinal);
        Assert.Equal(1, printed.Split(link.Groups[3].Value).Length - 1);
    }

    [Fact]
    public async Task Serve_ConfigurationBindsAnyAddressWithoutListenAny_RefusedExit3()
    {
        // A real process, so the Kestrel endpoint named in its environment reaches only it (not the other tests' servers).
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "changji.dll"), "serve", "--output", folder.Combine("out"), "--port", "0" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Kestrel__Endpoints__Lan__Url"] = "http://0.0.0.0:0";
        using var process = System.Diagnostics.Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(ExitCodes.Failure, process.ExitCode);
        Assert.Contains("未指定 --listen-any，拒绝监听非本机地址：http://0.0.0.0:", await stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("数据报送页面已启动", await stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--port", "70000")]
    [InlineData("--profile", "hebei-2099")]
    public async Task Serve_BadOption_UsageError(string option, string value)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var root = new RootCommand { ServeCommand.Create(FixedClock.InSchoolYear2025(), stdout) };

        var code = await root.Parse(["serve", "--output", folder.Combine("out"), option, value]).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });

        Assert.Equal(ExitCodes.Usage, code);
    }

    public void Dispose() => folder.Dispose();
}
