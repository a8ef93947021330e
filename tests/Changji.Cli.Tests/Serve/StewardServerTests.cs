using System.Net;
using System.Text.Json;

namespace Changji.Cli.Tests.Serve;

/// <summary><c>changji serve</c> over real HTTP on loopback: uploads processed at once, refusals in Chinese with nothing written, and what a foreign page cannot do.</summary>
public sealed class StewardServerTests
{
    private static byte[] Sample(string year, string name) => File.ReadAllBytes(Path.Combine(RepoRoot.Samples, year, name));

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Upload_FaultySample_OutcomeFindingsListAndReportServed()
    {
        await using var served = await ServedSteward.StartAsync();

        using var upload = await served.UploadAsync(2025, "补报-学校基础数据-有误.csv", Sample("2025", "补报-学校基础数据-有误.csv"));
        var sha = (await JsonAsync(upload)).GetProperty("sha256").GetString();
        var detail = await JsonAsync(await served.Http.GetAsync($"api/files/{sha}"));
        var list = await JsonAsync(await served.Http.GetAsync("api/years/2025/files"));
        using var report = await served.Http.GetAsync($"reports/{sha}");

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.Equal("部分接收", detail.GetProperty("file").GetProperty("statusZh").GetString());
        Assert.Equal(4, detail.GetProperty("findings").GetArrayLength());
        Assert.Contains(detail.GetProperty("findings").EnumerateArray(), f => f.GetProperty("row").GetInt32() == 4 && f.GetProperty("value").GetString() == "-575");
        var listed = Assert.Single(list.EnumerateArray());
        Assert.Equal("测试员", listed.GetProperty("uploadedBy").GetString());
        Assert.Equal("text/html; charset=utf-8", report.Content.Headers.ContentType!.ToString());
        Assert.Contains("上传人：测试员", await report.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(served.Incoming, "2025", "补报-学校基础数据-有误.csv")));
    }

    [Fact]
    public async Task Upload_FaultySample_AnnotatedReturnListedAndDownloaded()
    {
        await using var served = await ServedSteward.StartAsync();

        using var upload = await served.UploadAsync(2025, "补报-学校基础数据-有误.csv", Sample("2025", "补报-学校基础数据-有误.csv"));
        var sha = (await JsonAsync(upload)).GetProperty("sha256").GetString();
        var detail = await JsonAsync(await served.Http.GetAsync($"api/files/{sha}"));
        using var annotated = await served.Http.GetAsync($"returns/{sha}");
        using var unknown = await served.Http.GetAsync($"returns/{new string('0', 64)}");

        Assert.True(detail.GetProperty("file").GetProperty("annotatedReturn").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, annotated.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", annotated.Content.Headers.ContentType!.ToString());
        Assert.Equal("补报-学校基础数据-有误.批注.xlsx", annotated.Content.Headers.ContentDisposition!.FileNameStar);
        using var xlsx = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await annotated.Content.ReadAsByteArrayAsync()), false);
        Assert.Equal(["问题汇总", "学校基础数据"], xlsx.WorkbookPart!.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Upload_GoodSample_NoAnnotatedReturn()
    {
        await using var served = await ServedSteward.StartAsync();

        using var upload = await served.UploadAsync(2025, "县级指标数据-2025.csv", Sample("2025", "县级指标数据-2025.csv"));
        var sha = (await JsonAsync(upload)).GetProperty("sha256").GetString();
        var detail = await JsonAsync(await served.Http.GetAsync($"api/files/{sha}"));
        using var annotated = await served.Http.GetAsync($"returns/{sha}");

        Assert.False(detail.GetProperty("file").GetProperty("annotatedReturn").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, annotated.StatusCode);
    }

    [Fact]
    public async Task Upload_NotASpreadsheet_400InChineseNothingWritten()
    {
        await using var served = await ServedSteward.StartAsync();

        using var response = await served.UploadAsync(2025, "学校基础数据.xlsx", [0x25, 0x50, 0x44, 0x46, 0, 1], "application/vnd.ms-excel");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不是 Excel 工作簿或 CSV 文本", (await JsonAsync(response)).GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(served.Incoming));
    }

    [Fact]
    public async Task Upload_OverTheBodyLimit_400InChineseNothingWritten()
    {
        await using var served = await ServedSteward.StartAsync(new Dictionary<string, string?> { ["MaxFileBytes"] = "1024" });

        using var response = await served.UploadAsync(2025, "大.csv", new byte[512 * 1024]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("超过上限", (await JsonAsync(response)).GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(served.Incoming));
    }

    [Fact]
    public async Task Upload_WithoutThePageHeader_Forbidden()
    {
        await using var served = await ServedSteward.StartAsync();

        using var response = await served.UploadAsync(2025, "a.csv", Sample("2025", "补报-学校基础数据-有误.csv"), asPage: false);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(Directory.Exists(served.Incoming));
    }

    [Fact]
    public async Task Request_ForeignHostName_Refused()
    {
        await using var served = await ServedSteward.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/years");
        request.Headers.Host = "attacker.example";

        using var response = await served.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Server_Address_LoopbackOnly()
    {
        await using var served = await ServedSteward.StartAsync();

        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(served.Server.Address.Host)));
        Assert.Contains("data-text=\"heading\"", await served.Http.GetStringAsync(""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_NotYetReceived_404()
    {
        await using var served = await ServedSteward.StartAsync();

        using var response = await served.Http.GetAsync("api/files/" + new string('0', 64));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
