using Changji.Evaluation;
using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Facts;
using Changji.Pipeline.Reports;

namespace Changji.Pipeline.Tests.Reports;

/// <summary>A 自评报告 with more failing schools than it lists: the table stops at the cap and the appendix has them all (issue 10).</summary>
public sealed class FailingSchoolsAppendixTests
{
    private const int Year = 2024;

    private static Profile National { get; } = Catalogue.Builtin.Get("national-2017");

    /// <summary>A primary school with no 音体美 teachers: L3 is 0, so it fails the school rule.</summary>
    private static SchoolStatistics Failing(int i) => new()
    {
        Year = Year,
        SchoolCode = $"65230{i:D5}",
        SchoolName = $"第{i:D3}小学",
        SchoolType = SchoolType.Primary,
        UrbanRural = UrbanRural.Urban,
        Sponsor = Sponsor.Public,
        PrimaryStudents = 500,
        JuniorStudents = 0,
        PrimaryClasses = 12,
        JuniorClasses = 0,
        PrimaryMaxClassSize = 42,
        PrimaryTeachers = 30,
        JuniorTeachers = 0,
        CertifiedTeachers = 30,
        PrimaryQualifiedTeachers = 25,
        PrimaryBackboneTeachers = 1,
        PrimaryPeArtTeachers = 0,
        TeachingAreaM2 = 1000,
        IndoorSportsAreaM2 = 100,
        SportsGroundAreaM2 = 1000,
        EquipmentValueYuan = 100_000,
        MultimediaClassrooms = 2,
        MusicRooms = 1,
        MusicRoomMinAreaM2 = 100,
        ArtRooms = 1,
        ArtRoomMinAreaM2 = 95,
    };

    private static SelfEvaluationInput Input(int failingSchools)
    {
        var county = new CountyYear { Year = Year, Schools = [.. Enumerable.Range(1, failingSchools).Select(Failing)] };
        return new SelfEvaluationInput(Evaluator.Evaluate(county, null, National), National, county, [], []);
    }

    private static int SchoolRows(string markdown) => markdown.Split('\n').Count(line => line.StartsWith("| 第", StringComparison.Ordinal));

    [Fact]
    public void Report_MoreFailingSchoolsThanTheCap_ListsTheCapAndNamesTheAppendix()
    {
        var input = Input(SelfEvaluationReport.MaxFailingListed + 30);

        var report = SelfEvaluationReport.Render(input);

        Assert.True(SelfEvaluationReport.NeedsAppendix(input));
        Assert.Equal(SelfEvaluationReport.MaxFailingListed, SchoolRows(report));
        Assert.Contains("以上列出前 100 个；未达标学校（学段）共 130 个，完整清单见附件《自评报告-2024学年-附件-未达标学校清单.html》。", report, StringComparison.Ordinal);
        Assert.Contains("第100小学", report, StringComparison.Ordinal);
        Assert.DoesNotContain("第101小学", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Appendix_MoreFailingSchoolsThanTheCap_ListsEveryOneWithTheReportsColumns()
    {
        var input = Input(SelfEvaluationReport.MaxFailingListed + 30);

        var appendix = SelfEvaluationReport.BuildAppendix(input).ToMarkdown();

        Assert.Equal(130, SchoolRows(appendix));
        Assert.Contains("昌吉市县域义务教育优质均衡发展 2024—2025学年自评报告附件：未达标学校清单", appendix, StringComparison.Ordinal);
        Assert.Contains("未达标学校（学段）共 130 个，逐一列出如下。", appendix, StringComparison.Ordinal);
        Assert.Contains("| 第130小学（6523000130） | 小学 |", appendix, StringComparison.Ordinal);
        Assert.Equal("2024/自评报告-2024学年-附件-未达标学校清单.html", SelfEvaluationReport.AppendixFileName(Year));
    }

    [Fact]
    public void Report_FailingSchoolsWithinTheCap_ListsThemAllWithoutAnAppendix()
    {
        var input = Input(SelfEvaluationReport.MaxFailingListed);

        var report = SelfEvaluationReport.Render(input);

        Assert.False(SelfEvaluationReport.NeedsAppendix(input));
        Assert.Equal(SelfEvaluationReport.MaxFailingListed, SchoolRows(report));
        Assert.DoesNotContain("附件", report, StringComparison.Ordinal);
    }
}
