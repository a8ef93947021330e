namespace Changji.Ingestion.Tests.Rows;

/// <summary>County percentages: "96.5", "95.2％" and an Excel percent-formatted cell all read as the number the steward sees.</summary>
public class NumberTextTests
{
    [Fact]
    public void County_PercentWithAndWithoutSign_GiveSameNumber()
    {
        var table = Samples.County()
            .With(4, "数值", "96.5")
            .WithRow(2024, "social_recognition_rate", "95.2％", null);

        var file = Ingest.Csv(table);

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(96.5d, file.Figures.Single(f => f.Code == "training_360_completion_rate").Number);
        Assert.Equal(95.2d, file.Figures.Single(f => f.Code == "social_recognition_rate").Number);
    }

    [Fact]
    public void County_ExcelPercentFormattedCell_IsReadAsShownNotAsStored()
    {
        // Excel stores 96.5% as 0.965; the steward sees and means 96.5.
        var rows = RawXlsx.FromTable(Samples.County());
        rows[3][2] = new RawCell.Percent(0.965);

        var file = Ingest.Bytes(RawXlsx.Write("县级指标数据", rows), "2024/县级指标数据.xlsx");

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(96.5d, file.Figures.Single(f => f.Code == "training_360_completion_rate").Number);
    }
}
