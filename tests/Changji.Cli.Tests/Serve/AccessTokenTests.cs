using Changji.Cli.Serve;

namespace Changji.Cli.Tests.Serve;

/// <summary>The start-up token: long, URL-safe, never the same twice, compared exactly.</summary>
public sealed class AccessTokenTests
{
    [Fact]
    public void Create_TwoTokens_UrlSafe256BitsAndDifferent()
    {
        var first = AccessToken.Create();
        var second = AccessToken.Create();

        Assert.Equal(43, first.Length);
        Assert.Matches("^[A-Za-z0-9_-]+$", first);
        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData("abc", true)]
    [InlineData("abd", false)]
    [InlineData("ab", false)]
    [InlineData("abcd", false)]
    [InlineData("ABC", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Matches_Presented_OnlyTheExactToken(string? presented, bool expected) =>
        Assert.Equal(expected, AccessToken.Matches("abc", presented));
}
