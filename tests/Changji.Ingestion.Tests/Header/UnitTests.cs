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

        Assert.False(file.Rejected, FindingAssert.Describe(file));
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

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(expectedYuan, file.Funding[0].PublicFundsBudget);
    }
}
