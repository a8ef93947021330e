using Changji.Evaluation.Engine;
using Changji.Evaluation.Results;
using Changji.PowerBI.Tests.Infrastructure;

namespace Changji.PowerBI.Tests;

/// <summary>DAX rules that keep the measures right under the report's slicers.</summary>
public sealed class MeasureSemanticsTests
{
    [Fact]
    public void Measures_ComparingWithLastYear_ClearTheYearSlicerFirst()
    {
        // The slicers filter dim_year[year_label]; `dim_year[year] = y - 1` alone keeps that filter and finds nothing.
        var shifting = Project.Model.AllMeasures.Where(x => x.Measure.Expression.Contains("y - 1", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(shifting);
        Assert.All(shifting, x => Assert.Contains("REMOVEFILTERS(dim_year)", x.Measure.Expression, StringComparison.Ordinal));
    }

    [Fact]
    public void DimStatus_Labels_AreTheEngineLabels()
    {
        var source = Assert.Single(Project.Model.Table("dim_status")!.Partitions).Source;

        Assert.All(Enum.GetValues<ItemStatus>(), s => Assert.Contains($"{{\"{s.ToCode()}\", \"{s.ToChinese()}\",", source, StringComparison.Ordinal));
    }
}
