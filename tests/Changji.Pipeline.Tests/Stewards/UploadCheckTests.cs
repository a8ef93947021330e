using System.Text;
using Changji.Ingestion;
using Changji.Pipeline.Stewards;
using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.Tests.Stewards;

/// <summary>The server's checks of an upload, whatever the page checked: each refusal is a Chinese sentence naming the file.</summary>
public sealed class UploadCheckTests
{
    private static readonly UploadLimits Limits = UploadLimits.For(new IngestionOptions { MaxFileBytes = 1048576 });
    private static readonly Uploader Steward = new("张三", "00000000-0000-0000-0000-000000000001");
    private static readonly byte[] Csv = Encoding.UTF8.GetBytes("学年,学校标识码\n2025,3652010001\n");

    private static string? Check(string name, byte[] content, string? type = "text/csv", int year = 2025) =>
        UploadCheck.Refusal(new UploadRequest(year, name, type, content, Steward), Limits);

    [Theory]
    [InlineData("学校基础数据.csv", "text/csv")]
    [InlineData("学校基础数据.CSV", "application/vnd.ms-excel")]
    [InlineData("学校基础数据.csv", null)]
    [InlineData("学校基础数据.csv", "text/csv; charset=utf-8")]
    public void Refusal_CsvText_None(string name, string? type) => Assert.Null(Check(name, Csv, type));

    [Fact]
    public void Refusal_WorkbookBytes_None() =>
        Assert.Null(Check("经费.xlsx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3], "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    [Fact]
    public void Refusal_OtherExtension_NamesTheAllowedOnes()
    {
        var refusal = Check("说明.pdf", Csv, "application/pdf");

        Assert.Equal("文件「说明.pdf」的类型不受支持：只接收 .xlsx、.xlsm、.xls、.csv 文件。", refusal);
    }

    [Fact]
    public void Refusal_OverTheLimit_SaysSizeAndLimit()
    {
        var refusal = Check("大文件.csv", new byte[1572864]);

        Assert.Equal("文件「大文件.csv」大小为 1.5 MB，超过上限 1 MB：请拆分或删除无关工作表后重新上传。", refusal);
    }

    [Fact]
    public void Refusal_Empty_SaysEmpty() => Assert.Contains("空文件", Check("a.csv", []), StringComparison.Ordinal);

    [Fact]
    public void Refusal_ImageUnderAnXlsxName_NotASpreadsheet() =>
        Assert.Contains("不是 Excel 工作簿或 CSV 文本", Check("照片.xlsx", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0], "application/vnd.ms-excel"), StringComparison.Ordinal);

    [Fact]
    public void Refusal_BinaryUnderACsvName_NotASpreadsheet() =>
        Assert.Contains("不是 Excel 工作簿或 CSV 文本", Check("a.csv", [0x41, 0x00, 0x42]), StringComparison.Ordinal);

    [Fact]
    public void Refusal_ImageContentType_Refused() =>
        Assert.Contains("「image/png」", Check("a.csv", Csv, "image/png"), StringComparison.Ordinal);

    [Theory]
    [InlineData(".hidden.csv")]
    [InlineData("~$lock.xlsx")]
    [InlineData("")]
    public void Refusal_NoSubmissionName_BadName(string name) => Assert.Contains("文件名无效", Check(name, Csv), StringComparison.Ordinal);

    [Fact]
    public void Refusal_YearOutOfRange_BadYear() => Assert.Contains("学年「1999」无效", Check("a.csv", Csv, year: 1999), StringComparison.Ordinal);

    [Fact]
    public void FileName_ClientPath_LastSegmentOnly()
    {
        Assert.Equal("学校基础数据.csv", UploadCheck.FileName(@"C:\Users\统计\学校基础数据.csv"));
        Assert.Equal("x.csv", UploadCheck.FileName("../../x.csv"));
    }
}
