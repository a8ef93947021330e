using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Facts;
using Changji.Evaluation.Results;
using Changji.Ingestion;
using Changji.Ingestion.Header;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Reports;
using Changji.Pipeline.Submissions;

namespace Changji.Text.Tests;

/// <summary>Every mapped enum: each value has one code, the code maps back, and the catalogue has its label.</summary>
public class CodeMapTests
{
    /// <summary>Every code map of the product; a new enum with labels belongs here.</summary>
    internal static IReadOnlyList<(string Group, Type Enum, IEnumerable<string> Codes, Func<string, string> RoundTrip, Func<string, string> Label)> All { get; } =
    [
        Of(ChineseNames.SchoolTypes), Of(ChineseNames.UrbanRurals), Of(ChineseNames.Sponsors), Of(LevelCodes.Map),
        Of(StatusCodes.Map), Of(AreaCodes.Map), Of(IndicatorSourceCodes.Map), Of(FileKindCodes.Map),
        Of(SubmissionStatusCodes.Map), Of(SeverityCodes.Map), Of(AlertSeverityCodes.Map), Of(DocumentScopeCodes.Map),
    ];

    private static (string, Type, IEnumerable<string>, Func<string, string>, Func<string, string>) Of<T>(CodeMap<T> map)
        where T : struct, Enum =>
        (map.Group, typeof(T), Enum.GetValues<T>().Select(map.Code), c => map.Code(map.Parse(c)), c => map.Label(map.Parse(c)));

    public static TheoryData<string> Groups() => [.. All.Select(m => m.Group)];

    [Theory]
    [MemberData(nameof(Groups))]
    public void EveryValue_HasCodeAndLabel_AndRoundTrips(string group)
    {
        var map = All.Single(m => m.Group == group);
        foreach (var code in map.Codes)
        {
            Assert.Equal(code, map.RoundTrip(code));
            Assert.False(string.IsNullOrWhiteSpace(map.Label(code)), $"{group}.{code}");
        }
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public void CodeMap_CatalogueGroup_HoldsExactlyTheEnumsCodes(string group)
    {
        var map = All.Single(m => m.Group == group);
        Assert.Equal(map.Codes.Order(StringComparer.Ordinal), ZhCn.Catalogue.Labels[group].Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AlertRules_EachHaveALabel_AndTheGroupHasNoOther()
    {
        Assert.All(AlertRule.All, r => Assert.False(string.IsNullOrWhiteSpace(r.NameZh)));
        Assert.Equal(AlertRule.All.Select(r => r.Code).Order(StringComparer.Ordinal), ZhCn.Catalogue.Labels["alert_rule"].Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryLabelGroup_IsAMappedEnum_TheAlertRules_TheColumnsOrTheUnits() =>
        Assert.Equal(
            All.Select(m => m.Group).Concat(["alert_rule", "column", "column_description", "unit"]).Order(StringComparer.Ordinal),
            ZhCn.Catalogue.Labels.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void Catalogue_ColumnGroup_NamesExactlyTheColumnsOfTheThreeKinds() =>
        Assert.Equal(
            KindSchemas.All.SelectMany(k => k.Columns).Select(c => c.Key).Distinct().Order(StringComparer.Ordinal),
            ZhCn.Catalogue.Labels["column"].Keys.Order(StringComparer.Ordinal));

    /// <summary>The 填报说明's 含义 of every column of the three kinds (the templates show it): present and not just the name again.</summary>
    [Fact]
    public void Catalogue_ColumnDescriptions_EveryColumnHasOneBeyondItsName()
    {
        var columns = KindSchemas.All.SelectMany(k => k.Columns).Select(c => c.Key).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.Equal(columns, ZhCn.Catalogue.Labels["column_description"].Keys.Order(StringComparer.Ordinal));
        Assert.All(columns, key =>
        {
            var description = ZhCn.Label("column_description", key);
            Assert.False(string.IsNullOrWhiteSpace(description), key);
            Assert.NotEqual(ZhCn.Label("column", key), description);
            Assert.EndsWith("。", description, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Catalogue_UnitGroup_NamesExactlyTheUnitsOfAmounts() =>
        Assert.Equal(
            new[] { Unit.Yuan, Unit.ThousandYuan, Unit.TenThousandYuan, Unit.SquareMetre }.Select(u => u.Label).Order(StringComparer.Ordinal),
            ZhCn.Catalogue.Labels["unit"].Values.Order(StringComparer.Ordinal));

    [Fact]
    public void Catalogue_Aliases_PointAtKnownCodes()
    {
        foreach (var (group, aliases) in ZhCn.Catalogue.AliasGroups)
        {
            Assert.All(aliases.Values, code => Assert.True(ZhCn.Catalogue.Labels[group].ContainsKey(code), $"{group}: {code}"));
        }
    }

    [Fact]
    public void CodeMap_UnknownValue_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((ItemStatus)99).ToCode());
        Assert.Throws<CatalogueTextException>(() => StatusCodes.Map.Parse("nope"));
    }
}
