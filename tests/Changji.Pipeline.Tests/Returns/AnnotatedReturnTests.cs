using System.Globalization;
using System.Text;
using Changji.Ingestion;
using Changji.Pipeline.Returns;
using Changji.Pipeline.Submissions;
using Changji.Pipeline.Tests.Support;
using MiniExcelLibs;

namespace Changji.Pipeline.Tests.Returns;

/// <summary>
/// The annotated return of a file with rows returned (docs/outputs.md §1), read back with the Open XML
/// SDK: the steward's rows, the offending cell filled red with the Chinese message as its comment, and
/// 问题汇总 first — for a CSV, an xlsx and an xls sent.
/// </summary>
public sealed class AnnotatedReturnTests
{
    private const string SampleBad = "2025/补报-学校基础数据-有误.csv";
    private const string Copy = "学校基础数据";
    private const string Red = "FFFF7C80";
    private const string LightRed = "FFFFC7CE";

    [Fact]
    public void Csv_Build_FillsTheOffendingCellRedWithTheMessageAsItsComment()
    {
        using var xlsx = Annotate(SampleBad, SampleCsv());

        Assert.Empty(xlsx.ValidationErrors);
        Assert.Equal(["问题汇总", Copy], xlsx.SheetNames);
        // Row 4 of the CSV has 初中在校生数 (column I) −575.
        Assert.Equal("-575", xlsx.Value(Copy, "I4"));
        Assert.Equal(Red, xlsx.Fill(Copy, "I4"));
        Assert.Contains("第 4 行 列「初中在校生数」的值「-575」无效", xlsx.Comment(Copy, "I4"), StringComparison.Ordinal);
        Assert.Contains("<x:Row>3</x:Row><x:Column>8</x:Column>", xlsx.Drawing(Copy), StringComparison.Ordinal);
        Assert.Null(xlsx.Fill(Copy, "H4"));
        Assert.Null(xlsx.Comment(Copy, "H4"));
    }

    [Fact]
    public void Csv_Build_KeepsEveryRowAndTheHeadersAsSent()
    {
        using var xlsx = Annotate(SampleBad, SampleCsv());

        var lines = Encoding.UTF8.GetString(SampleCsv()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        Assert.Equal(header[^1].Trim(), xlsx.Value(Copy, Changji.Pipeline.Templates.TemplateCells.Letters(header.Length) + "1"));
        Assert.Equal("昌吉市第三小学", xlsx.Value(Copy, "C5"));
        Assert.Equal(lines.Length, Enumerable.Range(1, lines.Length + 1).Count(r => xlsx.Value(Copy, "A" + r) is not null));
        // A CSV's numbers come back as numbers, its codes with every digit.
        Assert.True(xlsx.IsNumber(Copy, "H2"));
        Assert.Equal("3652010009", xlsx.Value(Copy, "B2"));
    }

    [Fact]
    public void Xlsx_Build_FillsTheOffendingCellRedWithTheMessageAsItsComment()
    {
        using var xlsx = Annotate("2025/补报-学校基础数据-有误.xlsx", AsXlsx(SampleCsv()));

        Assert.Empty(xlsx.ValidationErrors);
        // The sender's Sheet1 would not be picked again behind 问题汇总: the copy is named after the kind.
        Assert.Equal(["问题汇总", Copy], xlsx.SheetNames);
        Assert.True(xlsx.IsNumber(Copy, "I4"));
        Assert.Equal("-575", xlsx.Value(Copy, "I4"));
        Assert.Equal(Red, xlsx.Fill(Copy, "I4"));
        Assert.Contains("「-575」无效", xlsx.Comment(Copy, "I4"), StringComparison.Ordinal);
        Assert.Equal(Red, xlsx.Fill(Copy, "B3"));
        Assert.Contains("与第 2 行重复", xlsx.Comment(Copy, "B3"), StringComparison.Ordinal);
        Assert.Equal(4, xlsx.CommentCount(Copy));
    }

    [Fact]
    public void Xls_Build_FillsTheOffendingCellRed()
    {
        var content = File.ReadAllBytes(Path.Combine(RepoRoot.Path, "tests", "Changji.Ingestion.Tests", "Fixtures", "学校基础数据-2024.xls"));

        using var xlsx = Annotate("2024/学校基础数据-2024.xls", content);

        Assert.Empty(xlsx.ValidationErrors);
        // Row 5 has 小学在校生数 (column H) −5.
        Assert.Equal(Red, xlsx.Fill(Copy, "H5"));
        Assert.Contains("「-5」无效", xlsx.Comment(Copy, "H5"), StringComparison.Ordinal);
        Assert.Equal("6523010004", xlsx.Value(Copy, "B5"));
    }

    [Fact]
    public void FindingNamingOnlyARow_Build_FillsTheWholeRowLightRedAndCommentsItsFirstCell()
    {
        var content = SampleCsv();
        var file = FileIngestor.Read(new MemoryStream(content), SampleBad, 2025);
        var rowOnly = new Finding { File = SampleBad, Row = 6, Severity = Severity.Error, Code = "test_row", MessageZh = "第 6 行整行有误" };

        using var xlsx = new AnnotatedXlsx(AnnotatedReturn.Build(content, Submission(SampleBad, file), file with { Findings = [rowOnly] }, 1000)!);

        Assert.Equal(LightRed, xlsx.Fill(Copy, "A6"));
        Assert.Equal(LightRed, xlsx.Fill(Copy, "M6"));
        Assert.Equal("第 6 行整行有误", xlsx.Comment(Copy, "A6"));
        Assert.Null(xlsx.Fill(Copy, "A5"));
    }

    [Fact]
    public void FormulaLikeText_Build_IsWrittenAsPlainText()
    {
        var csv = Encoding.UTF8.GetString(SampleCsv()).Replace("昌吉市第三小学", "=HYPERLINK(\"http://x\")", StringComparison.Ordinal);

        using var xlsx = Annotate(SampleBad, Encoding.UTF8.GetBytes(csv));

        Assert.Equal("'=HYPERLINK(\"http://x\")", xlsx.Value(Copy, "C5"));
    }

    [Fact]
    public void Summary_Build_ListsEveryFindingWithTheFileAndWhatToDo()
    {
        using var xlsx = Annotate(SampleBad, SampleCsv());

        Assert.Equal("数据问题批注：补报-学校基础数据-有误.csv", xlsx.Value("问题汇总", "A1"));
        Assert.Contains("修改后重新报送", xlsx.Value("问题汇总", "A2"), StringComparison.Ordinal);
        Assert.Equal(["行", "列", "值", "说明", "级别"], [.. "ABCDE".Select(c => xlsx.Value("问题汇总", c + "5") ?? "")]);
        Assert.Equal(["4", "初中在校生数", "-575", "错误"], [.. "ABCE".Select(c => xlsx.Value("问题汇总", c + "7") ?? "")]);
        Assert.Contains("「-575」无效", xlsx.Value("问题汇总", "D7"), StringComparison.Ordinal);
        Assert.Equal(Red, xlsx.Fill("问题汇总", "E7"));
        Assert.Null(xlsx.Value("问题汇总", "A10"));
    }

    [Fact]
    public void Summary_Build_FreezesItsTableHeaderAndWrapsTheMessagesInAReadableWidth()
    {
        using var xlsx = Annotate(SampleBad, SampleCsv());

        Assert.Equal("A6", xlsx.FrozenTopLeft("问题汇总"));
        Assert.True(xlsx.Wraps("问题汇总", "D7"));
        Assert.InRange(xlsx.ColumnWidth("问题汇总", 4)!.Value, 50, 90);
        // Tall enough for the longest message (row 6 of the CSV, line 9 here), yet not fixed: Excel refits it when edited.
        Assert.InRange(xlsx.RowHeight("问题汇总", 9)!.Value, 30, 75);
        Assert.Null(xlsx.RowHeight("问题汇总", 5));
        Assert.False(xlsx.AnyCustomRowHeight("问题汇总"));
    }

    [Fact]
    public void Copy_Build_FreezesTheStewardsHeaderRow()
    {
        using var csv = Annotate(SampleBad, SampleCsv());
        using var titled = Annotate(SampleBad, Encoding.UTF8.GetBytes("2025学年学校基础数据\n" + Encoding.UTF8.GetString(SampleCsv()).TrimStart('\uFEFF')));

        Assert.Equal("A2", csv.FrozenTopLeft(Copy));
        // A title row above the header: both stay in view.
        Assert.Equal("A3", titled.FrozenTopLeft(Copy));
        Assert.Empty(titled.ValidationErrors);
    }

    [Fact]
    public void SameFileAndTime_Build_GivesTheSameBytes()
    {
        var content = SampleCsv();
        var file = FileIngestor.Read(new MemoryStream(content), SampleBad, 2025);

        Assert.Equal(AnnotatedReturn.Build(content, Submission(SampleBad, file), file, 1000), AnnotatedReturn.Build(content, Submission(SampleBad, file), file, 1000));
    }

    [Fact]
    public void NameOf_IsTheReportsNameWithTheXlsxSuffix()
    {
        var submission = Submission(SampleBad, FileIngestor.Read(new MemoryStream(SampleCsv()), SampleBad, 2025)) with { Sha256 = "476f33867aa2d614" };

        Assert.Equal("2025/补报-学校基础数据-有误.476f3386.批注.xlsx", AnnotatedReturn.NameOf(submission));
        Assert.Equal("2025/补报-学校基础数据-有误.476f3386.md", ValidationReport.NameOf(submission));
    }

    [Fact]
    public void AllRowsAccepted_IsWanted_No()
    {
        var path = "2025/学校基础数据.csv";
        var good = Encoding.UTF8.GetBytes(string.Join('\n', Encoding.UTF8.GetString(SampleCsv()).Split('\n').Take(2)));
        var file = FileIngestor.Read(new MemoryStream(good), path, 2025);

        Assert.False(AnnotatedReturn.IsWanted(Submission(path, file)));
        Assert.True(AnnotatedReturn.IsWanted(Submission(SampleBad, FileIngestor.Read(new MemoryStream(SampleCsv()), SampleBad, 2025))));
    }

    /// <summary>LibreOffice, where installed with Calc (CI installs it in .ci/run), prints the summary and the red cell's value.</summary>
    [Fact]
    public async Task Xlsx_ConvertedByLibreOffice_ShowsTheSummaryAndTheCopy()
    {
        var bytes = Bytes(SampleBad, SampleCsv());
        if (!LibreOffice.Installed)
        {
            Assert.NotEqual("true", Environment.GetEnvironmentVariable("CI"));
            return;
        }

        using var folder = new TempFolder();
        var path = folder.Combine("批注.xlsx");
        await File.WriteAllBytesAsync(path, bytes);
        var (text, _) = await LibreOffice.ToPdfTextAsync(path);

        Assert.Contains("数据问题批注", text, StringComparison.Ordinal);
        Assert.Contains("-575", text, StringComparison.Ordinal);
        Assert.Contains("昌吉市第三小学", text, StringComparison.Ordinal);
    }

    private static AnnotatedXlsx Annotate(string path, byte[] content) => new(Bytes(path, content));

    private static byte[] Bytes(string path, byte[] content)
    {
        var file = FileIngestor.Read(new MemoryStream(content), path, int.Parse(path[..4], CultureInfo.InvariantCulture));
        return AnnotatedReturn.Build(content, Submission(path, file), file, 1000) ?? throw new InvalidOperationException("no annotated return");
    }

    private static SubmissionRecord Submission(string path, IngestedFile file) => new()
    {
        Sha256 = new string('a', 64),
        Path = path,
        Kind = file.Kind,
        Year = file.Year,
        Status = SubmissionStatus.PartiallyAccepted,
        RowsRead = file.RowsRead,
        RowsAccepted = file.RowsAccepted,
        RowsRejected = file.RowsRejected,
        Errors = file.Findings.Count(f => f.Severity == Severity.Error),
        Warnings = 0,
        ReceivedAtUtc = new DateTime(2025, 10, 31, 2, 0, 0, DateTimeKind.Utc),
    };

    private static byte[] SampleCsv() => File.ReadAllBytes(Path.Combine(RepoRoot.Samples, SampleBad));

    /// <summary>The same rows saved by a spreadsheet program on Sheet1: numbers as numbers, 学校标识码 as text.</summary>
    private static byte[] AsXlsx(byte[] csv)
    {
        var lines = Encoding.UTF8.GetString(csv).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].TrimEnd('\r').Split(',');
        var rows = lines.Skip(1).Select(line => line.TrimEnd('\r').Split(',')
            .Select((value, i) => (header[i], Value: i != 1 && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? (object)n : value))
            .ToDictionary(x => x.Item1, x => x.Value)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: "Sheet1");
        return stream.ToArray();
    }
}
