using Changji.Cli;
using Changji.Pipeline.Ports;
using Changji.Pipeline.Stewards;
using Changji.Pipeline.Submissions;
using Changji.Storage.Local;
using Microsoft.Extensions.DependencyInjection;

namespace Changji.Pipeline.Tests.Stewards;

/// <summary>
/// The stewards' use cases over the command's own composition (SQLite, folders): an upload lands in
/// the drop zone as a dropped file, and once processed the ledger, the year's list, the findings and
/// the report all name its uploader.
/// </summary>
public sealed class StewardUseCaseTests : IDisposable
{
    private static readonly Uploader Steward = new("李四", "9f1c0000-0000-0000-0000-0000000000aa");
    private readonly TempFolder folder = new();

    private ServiceProvider Services() =>
        LocalHost.Build(new LocalFolders(folder.Combine("out"), folder.Combine("incoming")), FixedClock.InSchoolYear2025());

    private static UploadRequest Faulty() => new(
        2025, "补报-学校基础数据-有误.csv", "text/csv",
        File.ReadAllBytes(Path.Combine(RepoRoot.Samples, "2025", "补报-学校基础数据-有误.csv")), Steward);

    [Fact]
    public async Task Upload_SampleFile_WrittenToYearFolderAsDropped()
    {
        using var services = Services();

        var result = await services.GetRequiredService<UploadFile>().RunAsync(Faulty());

        Assert.True(result.Stored);
        Assert.Equal("2025/补报-学校基础数据-有误.csv", result.Path);
        Assert.Equal(Faulty().Content, await File.ReadAllBytesAsync(folder.Combine("incoming", "2025", "补报-学校基础数据-有误.csv")));
        var listed = await services.GetRequiredService<IIncomingStore>().ListAsync();
        Assert.Equal(["2025/补报-学校基础数据-有误.csv"], listed.Select(e => e.Path));
    }

    [Fact]
    public async Task Upload_Refused_NothingWritten()
    {
        using var services = Services();

        var result = await services.GetRequiredService<UploadFile>().RunAsync(Faulty() with { FileName = "a.exe" });

        Assert.False(result.Stored);
        Assert.False(Directory.Exists(folder.Combine("incoming")));
    }

    [Fact]
    public async Task Process_UploadedFile_LedgerListAndReportNameTheUploader()
    {
        using var services = Services();
        var upload = await services.GetRequiredService<UploadFile>().RunAsync(Faulty());

        var outcome = await services.GetRequiredService<ProcessUpload>().RunAsync(upload.Path!);

        Assert.Equal(Steward, outcome!.Submission.UploadedBy);
        Assert.Equal(Steward, (await services.GetRequiredService<ISubmissionLedger>().FindAsync(upload.Sha256!))!.UploadedBy);
        var listed = Assert.Single(await services.GetRequiredService<ListYearFiles>().RunAsync(2025));
        Assert.Equal(("李四", "partially_accepted", "部分接收", 1, 4), (listed.UploadedBy, listed.Status, listed.StatusZh, listed.RowsAccepted, listed.RowsRejected));
        Assert.Equal("2026-06-01 16:00:00", listed.ReceivedAt); // 08:00 UTC is 16:00 in Beijing
        var report = await services.GetRequiredService<ReadValidationReport>().RunAsync(upload.Sha256!);
        Assert.Contains("上传人：李四（9f1c0000-0000-0000-0000-0000000000aa）", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_UploadedFile_CuratedSubmissionAndFindingsNameTheUploader()
    {
        using var services = Services();
        var upload = await services.GetRequiredService<UploadFile>().RunAsync(Faulty());

        await services.GetRequiredService<ProcessUpload>().RunAsync(upload.Path!);

        var curated = folder.Combine("out", "curated");
        var submission = Assert.Single(Support.CuratedQuery.Rows(curated, "fact_submission",
            "SELECT file, status, rows_accepted, rows_rejected, uploaded_by, uploaded_by_id, received_at_beijing, CAST(received_date AS VARCHAR), county_code, CAST(year AS INTEGER) FROM t"));
        Assert.Equal(["2025/补报-学校基础数据-有误.csv", "partially_accepted", 1, 4, "李四", Steward.Id, "2026-06-01 16:00:00", "2026-06-01", "652301", 2025], submission);
        var findings = Support.CuratedQuery.Rows(curated, "fact_data_quality", "SELECT uploaded_by, uploaded_by_id FROM t WHERE sha256 <> ''");
        Assert.Equal(4, findings.Count);
        Assert.All(findings, f => Assert.Equal(["李四", Steward.Id], f));
    }

    [Fact]
    public async Task Findings_ProcessedFile_EveryFindingWithRowColumnValue()
    {
        using var services = Services();
        var upload = await services.GetRequiredService<UploadFile>().RunAsync(Faulty());
        await services.GetRequiredService<ProcessUpload>().RunAsync(upload.Path!);

        var detail = await services.GetRequiredService<FileFindings>().RunAsync(upload.Sha256!);

        Assert.Equal(4, detail!.Findings.Count);
        Assert.Contains(detail.Findings, f => f is { Row: 4, Column: "初中在校生数", Value: "-575", SeverityZh: "错误" } && f.Message.Contains("无效", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Findings_NotYetProcessed_Null()
    {
        using var services = Services();
        var upload = await services.GetRequiredService<UploadFile>().RunAsync(Faulty());

        Assert.Null(await services.GetRequiredService<FileFindings>().RunAsync(upload.Sha256!));
    }

    [Fact]
    public async Task Process_DroppedByCopy_NoUploader()
    {
        using var services = Services();
        Directory.CreateDirectory(folder.Combine("incoming", "2025"));
        File.Copy(Path.Combine(RepoRoot.Samples, "2025", "补报-学校基础数据-有误.csv"), folder.Combine("incoming", "2025", "x.csv"));

        var outcome = await services.GetRequiredService<ProcessUpload>().RunAsync("2025/x.csv");

        Assert.Null(outcome!.Submission.UploadedBy);
        Assert.Null(Assert.Single(await services.GetRequiredService<ListYearFiles>().RunAsync(2025)).UploadedBy);
    }

    [Fact]
    public async Task Years_EmptyLedger_CurrentAndPreviousSchoolYear()
    {
        using var services = Services();

        var years = await services.GetRequiredService<StewardYears>().RunAsync();

        Assert.Equal(2025, years.Current);
        Assert.Equal([2025, 2024], years.Years);
    }

    [Fact]
    public void Texts_Page_EveryTextChinese() =>
        Assert.All(StewardTexts.All().Values, t => Assert.False(string.IsNullOrWhiteSpace(t)));

    [Theory]
    [InlineData("index.html", "text/html; charset=utf-8")]
    [InlineData("steward.js", "text/javascript; charset=utf-8")]
    [InlineData("steward.css", "text/css; charset=utf-8")]
    public void Page_Assets_Embedded(string name, string type)
    {
        var asset = StewardPage.Find(name);

        Assert.Equal(type, asset!.Value.ContentType);
        Assert.NotEmpty(asset.Value.Content);
    }

    [Fact]
    public void Page_UnknownAsset_Null() => Assert.Null(StewardPage.Find("../infodb.sqlite"));

    public void Dispose() => folder.Dispose();
}
