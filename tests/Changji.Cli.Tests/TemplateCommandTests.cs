using System.CommandLine;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Changji.Cli.Tests;

public sealed class TemplateCommandTests : IDisposable
{
    private static readonly string[] Names = ["学校基础数据.xlsx", "学校经费数据.xlsx", "县级指标数据.xlsx"];

    private readonly TempFolder folder = new();

    private static async Task<(int Code, string Out, string Err)> InvokeAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var root = new RootCommand
        {
            RunCommand.Create(FixedClock.InSchoolYear2025(), stdout, stderr),
            TemplateCommand.Create(FixedClock.InSchoolYear2025(), stdout, stderr),
        };
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Template_WithoutFrom_WritesTheThreeTemplatesForTheCurrentSchoolYear()
    {
        var target = folder.Combine("templates");

        var result = await InvokeAsync("template", "--output", target);

        Assert.Equal(ExitCodes.Success, result.Code);
        Assert.Equal(Names.Order(StringComparer.Ordinal), Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("2025 学年", result.Out, StringComparison.Ordinal);
        Assert.Equal(0, SchoolRows(Path.Combine(target, Names[0])));
    }

    [Fact]
    public async Task Template_FromARunOnTheSamples_PrefillsOneRowPerSchoolOfTheLatestYear()
    {
        var output = folder.Combine("out");
        await InvokeAsync("run", "--input", RepoRoot.Samples, "--output", output);
        var target = folder.Combine("templates");

        var result = await InvokeAsync("template", "--output", target, "--year", "2026", "--from", output);

        Assert.Equal(ExitCodes.Success, result.Code);
        Assert.All(Names, name => Assert.True(File.Exists(Path.Combine(target, name)), name));
        var rows = SchoolRows(Path.Combine(target, Names[0]));
        Assert.True(rows > 0);
        Assert.Contains($"预填 {rows} 所学校", result.Out, StringComparison.Ordinal);
        Assert.Equal(rows, SchoolRows(Path.Combine(target, Names[1])));
    }

    [Fact]
    public async Task Template_FromAFolderWithoutDatabase_IsAUsageError()
    {
        var result = await InvokeAsync("template", "--output", folder.Combine("templates"), "--from", folder.Combine("nothing"));

        Assert.Equal(ExitCodes.Usage, result.Code);
        Assert.Contains("infodb.sqlite", result.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("templates")));
    }

    public void Dispose() => folder.Dispose();

    /// <summary>Rows under the header of the data sheet (the first sheet).</summary>
    private static int SchoolRows(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().First().Id!);
        return sheet.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Count() - 1;
    }
}
