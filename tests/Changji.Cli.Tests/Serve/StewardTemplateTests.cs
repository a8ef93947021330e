using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Changji.Cli.Tests.Serve;

/// <summary><c>changji serve</c> over real HTTP: the page's template downloads, built on request with the information database's schools.</summary>
public sealed class StewardTemplateTests
{
    private static byte[] Sample(string name) => File.ReadAllBytes(Path.Combine(RepoRoot.Samples, "2025", name));

    [Fact]
    public async Task Template_AfterASchoolFile_XlsxWithTheKindsSheetsAndTheSchoolsPrefilled()
    {
        await using var served = await ServedSteward.StartAsync();
        using var upload = await served.UploadAsync(2025, "学校基础数据-2025.xlsx", Sample("学校基础数据-2025.xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        using var response = await served.Http.GetAsync("templates/2025/funding");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("学校经费数据.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var workbook = xlsx.WorkbookPart!;
        Assert.Equal(["学校经费数据", "填报说明"], workbook.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        var rows = Texts(workbook, workbook.Workbook.Sheets!.Elements<Sheet>().First());
        Assert.Contains("学校标识码", rows[0]);
        Assert.True(rows.Count > 2, "every school of the uploaded file is prefilled");
        Assert.All(rows.Skip(1), r => Assert.Contains("2025", r));
    }

    [Fact]
    public async Task Template_EmptyDatabase_HeaderOnlyTemplateStillServed()
    {
        await using var served = await ServedSteward.StartAsync();

        using var response = await served.Http.GetAsync("templates/2025/statistics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("学校基础数据.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
    }

    [Theory]
    [InlineData("templates/2025/budget", "没有这种填报模板")]
    [InlineData("templates/1999/statistics", "1999学年不在可选学年之内")]
    public async Task Template_UnknownKindOrYear_404InChinese(string path, string message)
    {
        await using var served = await ServedSteward.StartAsync();

        using var response = await served.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(message, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static List<List<string>> Texts(WorkbookPart workbook, Sheet sheet)
    {
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var data = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>();
        return [.. data.Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.SharedString
            ? strings[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
            : c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList())];
    }
}
