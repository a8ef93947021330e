using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.Tests.Submissions;

public sealed class IncomingPathTests
{
    [Theory]
    [InlineData("incoming/2024/学校基础数据.csv", 2024)]
    [InlineData("2023/经费/经费.xlsx", 2023)]
    [InlineData(@"2025\county.csv", 2025)]
    [InlineData("county.csv", null)]
    [InlineData("2024.csv", null)]
    public void FolderYear_Path_IsTheLastYearFolder(string path, int? expected) =>
        Assert.Equal(expected, IncomingPath.FolderYear(path));

    [Fact]
    public void Normalise_IncomingPrefixAndBackslashes_AreRemoved() =>
        Assert.Equal("2024/a.csv", IncomingPath.Normalise(@"incoming\2024\a.csv"));
}
