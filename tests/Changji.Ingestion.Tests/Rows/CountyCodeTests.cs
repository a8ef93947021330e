using Changji.Ingestion.Findings;

namespace Changji.Ingestion.Tests.Rows;

/// <summary>Every 指标代码 of docs/input-files.md §3 with a value as a steward writes it.</summary>
public class CountyCodeTests
{
    [Theory]
    [InlineData("G1")]
    [InlineData("G2")]
    [InlineData("G10")]
    [InlineData("Q3")]
    [InlineData("Q5")]
    [InlineData("Q6")]
    [InlineData("Q7")]
    [InlineData("Q8")]
    [InlineData("left_behind_care_system")]
    [InlineData("quality_monitoring_level3")]
    public void County_YesNoItem_ReadsJudgement(string code)
    {
        var other = code == "G1" ? "G2" : "G1";
        var file = Ingest.Csv(new Table(["学年", "指标代码", "数值", "说明"], [[2024, code, "是", "证据"], [2024, other, "否", null]]));

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(2, file.RowsAccepted);
        Assert.True(file.Figures[0].Judgement);
        Assert.Null(file.Figures[0].Number);
        Assert.False(file.Figures[1].Judgement);
    }

    [Theory]
    [InlineData("teacher_avg_salary", "98000", 98000d)]
    [InlineData("civil_servant_avg_salary", "96,500.5", 96500.5d)]
    [InlineData("public_fund_base_primary", "720", 720d)]
    [InlineData("public_fund_base_junior", "940", 940d)]
    [InlineData("training_360_completion_rate", "96.5%", 96.5d)]
    [InlineData("training_360_completion_rate", "96.5", 96.5d)]
    [InlineData("rotation_eligible_teachers", "200", 200d)]
    [InlineData("rotated_teachers", "35", 35d)]
    [InlineData("rotated_backbone_teachers", "8", 8d)]
    [InlineData("nearby_enrollment_primary_rate", "100%", 100d)]
    [InlineData("nearby_enrollment_junior_rate", "99.2", 99.2d)]
    [InlineData("quality_hs_quota_rate", "55%", 55d)]
    [InlineData("migrant_public_rate", "86.0", 86d)]
    [InlineData("junior_retention_rate", "96.1％", 96.1d)]
    [InlineData("disabled_enrollment_rate", "95%", 95d)]
    [InlineData("dropout_students", "0", 0d)]
    [InlineData("quality_monitoring_difference_rate", "0.12", 0.12d)]
    [InlineData("quality_monitoring_difference_rate", "12%", 0.12d)]
    [InlineData("social_recognition_rate", "88.5%", 88.5d)]
    [InlineData("edu_appropriation", "1200000000", 1_200_000_000d)]
    [InlineData("fiscal_recurrent_revenue", "5,600,000,000", 5_600_000_000d)]
    [InlineData("per_student_edu_expense", "15800.25", 15800.25d)]
    [InlineData("per_student_public_funds", "3200", 3200d)]
    public void County_NumericItem_ReadsNumberInItsUnit(string code, string written, double expected)
    {
        var table = new Table(["学年", "指标代码", "数值", "说明"], [[2024, code, written, null]]);

        foreach (var file in new[] { Ingest.Csv(table), Ingest.Xlsx(table) })
        {
            Assert.False(file.Rejected, FindingAssert.Describe(file));
            var figure = Assert.Single(file.Figures);
            Assert.Equal(code, figure.Code);
            Assert.Equal(expected, figure.Number!.Value, 9);
            Assert.Null(figure.Judgement);
        }
    }

    [Theory]
    [InlineData("teacher_avg_salary", "是")]
    [InlineData("dropout_students", "2.5")]
    [InlineData("rotated_teachers", "35%")]
    [InlineData("G1", "1")]
    public void County_ValueOfTheWrongForm_RejectsRowNamingTheItem(string code, string written)
    {
        var file = Ingest.Csv(new Table(["学年", "指标代码", "数值", "说明"], [[2024, "G2", "是", null], [2024, code, written, null]]));

        Assert.False(file.Rejected);
        Assert.Equal(1, file.RowsAccepted);
        var finding = Assert.Single(file.Findings);
        Assert.Equal(3, finding.Row);
        Assert.Equal("数值", finding.Column);
        Assert.Contains(code, finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains($"的值「{written}」", finding.MessageZh, StringComparison.Ordinal);
    }
    [Theory]
    [InlineData("training_360_completion_rate", "0.96", "96")]
    [InlineData("junior_retention_rate", "0.985", "98.5")]
    [InlineData("social_recognition_rate", "1", "100")]
    [InlineData("migrant_public_rate", "0.5", "50")]
    public void PercentCode_ValueAtMostOne_WarnsNamingIntendedPercentAndKeepsValue(string code, string written, string intended)
    {
        var file = Ingest.Csv(new Table(["学年", "指标代码", "数值", "说明"], [[2024, code, written, null]]));

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        var figure = Assert.Single(file.Figures);
        Assert.Equal((double)decimal.Parse(written, System.Globalization.CultureInfo.InvariantCulture), figure.Number);
        var finding = FindingAssert.Single(file, FindingCodes.PercentLikeRatio, 2, "数值");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains($"本意是 {intended}%", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains(code, finding.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("training_360_completion_rate", "96")]
    [InlineData("training_360_completion_rate", "0")]
    [InlineData("training_360_completion_rate", "0.96%")]
    [InlineData("training_360_completion_rate", "1.5")]
    [InlineData("quality_monitoring_difference_rate", "0.12")]
    [InlineData("rotated_teachers", "1")]
    public void PercentCode_PlausibleOrExplicitValue_NoRatioWarning(string code, string written)
    {
        var file = Ingest.Csv(new Table(["学年", "指标代码", "数值", "说明"], [[2024, code, written, null]]));

        Assert.Single(file.Figures);
        Assert.Empty(file.Findings);
    }
    [Fact]
    public void ClosedSchool_SeveralRows_EachKeptWithSchoolAndReason()
    {
        var file = Ingest.Csv(new Table(["学年", "指标代码", "数值", "说明"],
        [
            [2024, "closed_school", "6523010009", "撤并至昌吉市第一小学"],
            [2024, "closed_school", "６５２３０１００１０", "生源不足撤销"],
            [2024, "G1", "是", null],
        ]));

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Empty(file.Findings);
        Assert.Equal(
            [("6523010009", "撤并至昌吉市第一小学"), ("6523010010", "生源不足撤销")],
            file.Figures.Where(f => f.Code == "closed_school").Select(f => (f.Subject, f.Note)));
        Assert.All(file.Figures.Where(f => f.Code == "closed_school"), f => Assert.Null(f.Number));
    }

    [Theory]
    [InlineData("652301000")]
    [InlineData("撤并")]
    [InlineData("6523O10009")]
    public void ClosedSchool_ValueNotASchoolCode_RejectsRow(string value)
    {
        var file = Ingest.Csv(new Table(["学年", "指标代码", "数值", "说明"],
            [[2024, "closed_school", value, "撤并"], [2024, "G1", "是", null]]));

        var finding = FindingAssert.Single(file, FindingCodes.InvalidSchoolCode, 2, "数值");
        Assert.Contains("10 位学校标识码", finding.MessageZh, StringComparison.Ordinal);
        Assert.Equal(["G1"], file.Figures.Select(f => f.Code));
    }

    [Fact]
    public void ClosedSchool_SameSchoolTwice_RejectsSecondAsDuplicate()
    {
        var file = Ingest.Csv(new Table(["学年", "指标代码", "数值", "说明"],
            [[2024, "closed_school", "6523010009", "撤并"], [2024, "closed_school", "6523010009", "撤销"]]));

        FindingAssert.Single(file, FindingCodes.DuplicateCountyCode, 3, "指标代码");
        Assert.Equal("撤并", Assert.Single(file.Figures).Note);
    }
}
