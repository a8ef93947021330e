using Changji.Cli.Serve;

namespace Changji.Cli.Tests.Serve;

/// <summary>Which bound addresses make <c>changji serve</c> without <c>--listen-any</c> refuse to run.</summary>
public sealed class LoopbackBindingTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", false)]
    [InlineData("http://[::1]:5080", false)]
    [InlineData("http://localhost:5080", false)]
    [InlineData("http://0.0.0.0:5080", true)]
    [InlineData("http://[::]:5080", true)]
    [InlineData("http://+:5080", true)]
    [InlineData("http://*:5080", true)]
    [InlineData("http://192.168.1.20:5080", true)]
    public void NonLoopback_BoundAddress_RefusedUnlessLoopback(string url, bool refused) =>
        Assert.Equal(refused, LoopbackBinding.NonLoopback([url]).Count == 1);
}
