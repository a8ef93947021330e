using Changji.Storage.Azure.Tables;

namespace Changji.Storage.Azure.Tests.Tables;

public sealed class TableKeyTests
{
    [Theory]
    [InlineData("3652010001", "3652010001")]
    [InlineData("G1", "G1")]
    [InlineData("a/b\\c#d?e%f", "a%2Fb%5Cc%23d%3Fe%25f")]
    [InlineData("学校\t1", "学校%091")]
    public void Escape_ForbiddenCharacters_PercentEncodedOthersKept(string value, string expected)
    {
        Assert.Equal(expected, TableKey.Escape(value));
    }

    [Fact]
    public void Year_NoYear_None()
    {
        Assert.Equal("none", TableKey.Year(null));
        Assert.Equal("2024", TableKey.Year(2024));
    }
}
