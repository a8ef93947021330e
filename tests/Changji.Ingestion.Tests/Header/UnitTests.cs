namespace Changji.Ingestion.Tests.Header;

public class UnitTests
{
    [Theory]
    [InlineData("教学仪器设备资产值（万元）", 3_500_000d)]
    [InlineData("教学仪器设备资产值（千元）", 350_000d)]
    [InlineData("教学仪器设备资产值（元）", 350d)]
    [InlineData("教学仪器设备资产值", 3_500_000d)]
    [InlineData("equipment_value(元)", 350d)]
    public void EquipmentValue_HeaderUnit_ConvertsToYuan(string header, double expectedYuan)
    {
        var file = Ingest.Xlsx(Samples.Statistics().Rename("教学仪器设备资产值（万元）", header));

        Assert.False(file.Rejected, KindsTests.Describe(file));
        Assert.Equal(expectedYuan, file.Statistics[0].EquipmentValueYuan);
    }

    [Theory]
    [InlineData("公用经费预算总额（万元）", "12.34", 123_400d)]
    [InlineData("公用经费预算总额（千元）", "1,234.5", 1_234_500d)]
    [InlineData("公用经费预算总额（元）", "1,000,000", 1_000_000d)]
    public void FundingAmount_HeaderUnitAndThousandsSeparators_ConvertExactly(string header, string written, double expectedYuan)
    {
        var table = Samples.Funding().Rename("公用经费预算总额（元）", header).With(2, header, written);

        var file = Ingest.Csv(table);

        Assert.False(file.Rejected, KindsTests.Describe(file));
        Assert.Equal(expectedYuan, file.Funding[0].PublicFundsBudget);
    }

    [Fact]
    public void County_PercentWithAndWithoutSign_GiveSameNumber()
    {
        var table = Samples.County()
            .With(4, "数值", "96.5")
            .WithRow(2024, "social_recognition_rate", "95.2％", null);

        var file = Ingest.Csv(table);

        Assert.False(file.Rejected, KindsTests.Describe(file));
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

        Assert.False(file.Rejected, KindsTests.Describe(file));
        Assert.Equal(96.5d, file.Figures.Single(f => f.Code == "training_360_completion_rate").Number);
    }
}
