using Changji.Ingestion.Findings;

namespace Changji.Ingestion.Tests.Rows;

/// <summary>A number too large for any count or amount is one bad cell, not an unreadable file.</summary>
public class HugeNumberTests
{
    [Theory]
    [InlineData("教学仪器设备资产值（万元）", "7e28")]
    [InlineData("教学仪器设备资产值（千元）", "70000000000000000000000000000")]
    public void Amount_TooLargeAfterUnitConversion_RejectsOnlyThatRow(string column, string written)
    {
        var table = Samples.Statistics();
        if (!table.Headers.Contains(column))
        {
            table = table.Rename("教学仪器设备资产值（万元）", column);
        }

        var file = Ingest.Csv(table.With(3, column, written));

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(2, file.RowsAccepted);
        Assert.Equal(FindingCodes.NotANumber, Assert.Single(file.Findings).Code);
        FindingAssert.Single(file, FindingCodes.NotANumber, 3, column);
    }

    [Fact]
    public void Funding_TooLargeInTenThousands_RejectsOnlyThatRow()
    {
        var table = Samples.Funding().Rename("公用经费预算总额（元）", "公用经费预算总额（万元）").With(2, "公用经费预算总额（万元）", "9e27");

        var file = Ingest.Xlsx(table);

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(1, file.RowsAccepted);
        FindingAssert.Single(file, FindingCodes.NotANumber, 2, "公用经费预算总额（万元）");
    }

    [Fact]
    public void County_HugePercentFormattedCell_RejectsOnlyThatRow()
    {
        var rows = RawXlsx.FromTable(Samples.County());
        rows[3][2] = new RawCell.Percent(9e26);

        var file = Ingest.Bytes(RawXlsx.Write("县级指标数据", rows), "2024/县级指标数据.xlsx");

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(5, file.RowsAccepted);
        FindingAssert.Single(file, FindingCodes.NotANumber, 4, "数值");
    }
}
