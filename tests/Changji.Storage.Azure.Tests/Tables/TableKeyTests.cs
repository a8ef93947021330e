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

    [Theory]
    [InlineData(null, "2024")]
    [InlineData("652302", "2024-652302")]
    [InlineData("65/23", "2024-65%2F23")]
    public void YearOfCounty_HomeCountyWithoutCode_TheBareYearAsBefore(string? county, string expected)
    {
        Assert.Equal(expected, TableKey.YearOfCounty(2024, county));
    }

    [Theory]
    [InlineData("2024", 2024)]
    [InlineData("2024-652302", 2024)]
    [InlineData("none", null)]
    [InlineData("-2024", null)]
    public void YearOfPartition_YearOrYearAndCounty_TheYear(string partitionKey, int? expected)
    {
        Assert.Equal(expected, TableKey.YearOfPartition(partitionKey));
    }

    [Fact]
    public void YearRange_EveryCountyOfTheYear_InsideNoOtherYear()
    {
        var (from, below) = TableKey.YearRange(2024);
        bool Inside(string key) => string.CompareOrdinal(key, from) >= 0 && string.CompareOrdinal(key, below) < 0;

        Assert.True(Inside(TableKey.YearOfCounty(2024, null)));
        Assert.True(Inside(TableKey.YearOfCounty(2024, "652302")));
        Assert.True(Inside(TableKey.YearOfCounty(2024, "%zz~")));
        Assert.False(Inside(TableKey.YearOfCounty(2023, "659999")));
        Assert.False(Inside(TableKey.YearOfCounty(2025, null)));
        Assert.False(Inside("20240"));
    }
}
