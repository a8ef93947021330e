using Changji.Cli;
using Changji.Functions.Tests.Support;
using Changji.Testing.Azure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Changji.Functions.Tests.Triggers;

[Collection(AzuriteCollection.Name)]
public sealed class PublishTemplatesTests(AzuriteFixture azurite)
{
    /// <summary>
    /// On 1 September 09:00 Beijing (01:00 UTC) the timer writes the new school year's three templates to the templates
    /// container, each school of the information database prefilled, byte for byte what <c>changji template --from</c> writes;
    /// fired again, it rewrites nothing.
    /// </summary>
    [Fact]
    public async Task PublishTemplates_FirstOfSeptemberTwice_WritesTheNewYearsTemplatesPrefilledOnce()
    {
        var app = await AzureTestApp.CreateAsync(azurite);
        foreach (var file in Samples.Files())
        {
            await app.UploadAsync(file);
        }

        await app.Runner.RunAsync();
        app.Clock.Now = new DateTimeOffset(2026, 9, 1, 1, 0, 0, TimeSpan.Zero);

        await app.PublishTemplatesAsync();
        var container = app.Storage.Clients.Blobs.GetBlobContainerClient(app.Storage.Names.Templates);
        var first = new Dictionary<string, Azure.ETag>();
        await foreach (var blob in container.GetBlobsAsync())
        {
            first[blob.Name] = blob.Properties.ETag!.Value;
        }

        await app.PublishTemplatesAsync();
        var second = new Dictionary<string, Azure.ETag>();
        await foreach (var blob in container.GetBlobsAsync())
        {
            second[blob.Name] = blob.Properties.ETag!.Value;
        }

        Assert.Equal(["2026/县级指标数据.xlsx", "2026/学校基础数据.xlsx", "2026/学校经费数据.xlsx"], first.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(first, second);
        var statistics = (await container.GetBlobClient("2026/学校基础数据.xlsx").DownloadContentAsync()).Value.Content.ToArray();
        using (var document = SpreadsheetDocument.Open(new MemoryStream(statistics), isEditable: false))
        {
            var workbook = document.WorkbookPart!;
            var sheet = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().First().Id!);
            var rows = sheet.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Skip(1).ToList();
            Assert.True(rows.Count > 10);
            Assert.All(rows, r => Assert.Equal("2026", r.Elements<Cell>().First().InnerText));
        }

        using var temp = new TempFolder();
        var local = new LocalOutput(temp.Combine("out"));
        await local.RunAsync(Samples.Folder, FixedClock.InSchoolYear2025());
        using var stdout = new StringWriter();
        var command = TemplateCommand.Create(app.Clock, stdout, stdout);
        Assert.Equal(0, await command.Parse(["--output", temp.Combine("templates"), "--from", local.Root]).InvokeAsync());
        Assert.Equal(await File.ReadAllBytesAsync(temp.Combine("templates", "学校基础数据.xlsx")), statistics);
    }
}
