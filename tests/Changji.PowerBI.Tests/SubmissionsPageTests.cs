using Changji.PowerBI.Tests.Infrastructure;
using Changji.PowerBI.Tests.Report;

namespace Changji.PowerBI.Tests;

/// <summary>Issue 15, point 4: the page 数据报送 lists uploads per steward from fact_submission, one row per file received.</summary>
public sealed class SubmissionsPageTests
{
    [Fact]
    public void UploadsBySteward_GroupsByUploaderWithFilesRowsAndLatestUpload()
    {
        var refs = ReportFiles.Refs("submissions", "uploads_by_steward");

        Assert.Equal("tableEx", ReportFiles.Visual("submissions", "uploads_by_steward").GetProperty("visual").GetProperty("visualType").GetString());
        Assert.Equal(
            ["fact_submission.上传人", "_Measures.收到文件数", "_Measures.报送退回文件数", "_Measures.报送接收行数", "_Measures.报送退回行数", "_Measures.最近收到时间（北京时间）"],
            refs);
    }

    [Fact]
    public void ReceivedFiles_ListEveryFileWithOutcomeUploaderAndBeijingTime()
    {
        var refs = ReportFiles.Refs("submissions", "received_files");

        Assert.Contains("fact_submission.file", refs);
        Assert.Contains("fact_submission.status_zh", refs);
        Assert.Contains("fact_submission.上传人", refs);
        Assert.Contains("fact_submission.received_at_beijing", refs);
    }

    [Fact]
    public void Uploader_DroppedFilesNamedAndCountedFromTheLedgerNotTheFindings()
    {
        var table = Project.Model.Table("fact_submission")!;
        var measures = Project.Model.AllMeasures.Where(m => m.Measure.Name is "收到文件数" or "上传文件数").Select(m => m.Measure.Expression).ToList();

        Assert.Contains("\"（直接放入）\"", table.Column("上传人")!.Expression, StringComparison.Ordinal);
        Assert.Equal(2, measures.Count);
        Assert.All(measures, dax => Assert.Contains("COUNTROWS(fact_submission)", dax, StringComparison.Ordinal));
        Assert.Contains(Project.Model.Relationships, r => r.FromTable == "fact_submission" && r.FromColumn == "year" && r.ToTable == "dim_year" && r.IsActive);
    }

    [Fact]
    public void FactDataQuality_LoadsTheUploaderColumns()
    {
        var table = Project.Model.Table("fact_data_quality")!;

        Assert.Equal("uploaded_by", table.Column("uploaded_by")!.SourceColumn);
        Assert.Equal("uploaded_by_id", table.Column("uploaded_by_id")!.SourceColumn);
    }
}
