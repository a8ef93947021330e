using Changji.Cli;
using Changji.Functions.Tests.Support;
using Changji.Pipeline.UseCases;
using Changji.Storage.Local;
using Changji.Testing.Azure;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;

namespace Changji.Functions.Tests.Triggers;

[Collection(AzuriteCollection.Name)]
public sealed class BulletinTests(AzuriteFixture azurite)
{
    /// <summary>The timer on the first of July, 09:00 Beijing, writes June's bulletin to reports/通报/, byte for byte what <c>changji bulletin</c> writes.</summary>
    [Fact]
    public async Task Bulletin_FirstOfTheMonth_WritesLastMonthsBulletinToReportsLikeTheCommand()
    {
        var app = await AzureTestApp.CreateAsync(azurite);
        foreach (var file in Samples.Files())
        {
            await app.UploadAsync(file);
        }

        await app.Runner.RunAsync();
        using var temp = new TempFolder();
        var local = new LocalOutput(temp.Combine("out"));
        await local.RunAsync(Samples.Folder, FixedClock.InSchoolYear2025());
        app.Clock.Now = new DateTimeOffset(2026, 7, 1, 1, 0, 0, TimeSpan.Zero);

        await app.BulletinAsync();

        var reports = app.Storage.Clients.Blobs.GetBlobContainerClient(app.Storage.Names.Reports);
        var docx = (await reports.GetBlobClient("通报/督查通报-2026年第6期.docx").DownloadContentAsync()).Value.Content.ToArray();
        Assert.True(await reports.GetBlobClient("通报/督查通报-2026年第6期.html").ExistsAsync());
        using (var doc = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            Assert.Equal("昌吉市义务教育优质均衡发展督查通报（2026年第6期）", doc.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().First().InnerText);
        }

        using (var services = LocalHost.Build(new LocalFolders(local.Root, local.Root), app.Clock))
        {
            await services.GetRequiredService<WriteBulletin>().RunAsync();
        }

        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(local.ReportsFolder, "通报", "督查通报-2026年第6期.docx")), docx);
    }

    /// <summary>The timer queues the bulletin's notice and drains it to the alert topic (the Notify timer delivers it); run again, nothing new is sent.</summary>
    [Fact]
    public async Task Bulletin_RunTwice_SendsItsNoticeToTheTopicOnce()
    {
        var app = await AzureTestApp.CreateAsync(azurite);
        foreach (var file in Samples.Files())
        {
            await app.UploadAsync(file);
        }

        await app.Runner.RunAsync();
        app.Clock.Now = new DateTimeOffset(2026, 7, 1, 1, 0, 0, TimeSpan.Zero);

        await app.BulletinAsync();
        await app.BulletinAsync();

        var notice = Assert.Single(app.Sender.Sent, m => m.Rule == Pipeline.Notifications.BulletinNotice.Rule);
        Assert.Equal("昌吉市义务教育优质均衡发展督查通报（2026年第6期）", notice.Subject);
        Assert.Contains("reports/通报/督查通报-2026年第6期.html", notice.MessageZh, StringComparison.Ordinal);
    }
}
