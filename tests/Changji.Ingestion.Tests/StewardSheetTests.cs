using System.Text;

namespace Changji.Ingestion.Tests;

/// <summary>The steward's rows read again as sent, for the annotated return: numbered as the steward sees them, cells as read.</summary>
public sealed class StewardSheetTests
{
    [Fact]
    public void Csv_Rows_AreTextNumberedFromTheHeaderWithBlankRowsLeftOut()
    {
        using var sheet = StewardSheet.Open(Encoding.UTF8.GetBytes("学年,学校名称\n2024,甲校\n\n2024,\n"), "a.csv")!;

        var rows = sheet.Rows().ToList();

        Assert.Null(sheet.Sheet);
        Assert.Equal([1, 2, 4], rows.Select(r => r.Number));
        Assert.Equal(["学年", "学校名称"], rows[0].Cells);
        Assert.Equal(["2024", null], rows[2].Cells);
    }

    [Fact]
    public void Xls_Rows_KeepExcelNumbersAsNumbersAndTheSheetTheIngestionReads()
    {
        using var sheet = StewardSheet.Open(Fixtures.Bytes("学校基础数据-2024.xls"), "学校基础数据-2024.xls")!;

        var rows = sheet.Rows(maxRows: 3).ToList();

        Assert.Equal(3, rows.Count);
        Assert.Equal("6523010001", rows[1].Cells[1]);
        Assert.Equal(1200m, rows[1].Cells[7]);
    }

    [Fact]
    public void UnsupportedFormat_Open_IsNull() =>
        Assert.Null(StewardSheet.Open([1, 2, 3], "a.pdf"));
}
