using Changji.Ingestion.Findings;

namespace Changji.Ingestion.Tests;

/// <summary>
/// Every column of every kind with extreme values: a bad value is the problem of its row at most,
/// never an unreadable file (an escaped overflow would reject everything).
/// </summary>
public class ExtremeValueTests
{
    private static readonly string[] Extremes =
    [
        "79228162514264337593543950335", "-79228162514264337593543950335", "7.9e28", "1e-28", "2147483647", "2147483648",
        "-2147483649", "1e400", "NaN", "∞", "1,234,567,890,123,456,789,012", "99.5%", "=1/0", "\t", "\"", new string('9', 5000),
    ];

    public static TheoryData<string, string> Cells()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in new[] { "statistics", "funding", "county" })
        {
            foreach (var header in Sample(kind).Headers)
            {
                data.Add(kind, header);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Extremes_InEveryColumn_NeverMakeTheFileUnreadable(string kind, string header)
    {
        foreach (var value in Extremes)
        {
            var table = Sample(kind).With(2, header, value);
            foreach (var file in new[] { Ingest.Csv(table), Ingest.Xlsx(table), Ingest.Xlsx(Numeric(table, header, value)) })
            {
                Assert.DoesNotContain(file.Findings, f => f.Code == FindingCodes.UnreadableFile);
                Assert.All(file.Findings.Where(f => f.Severity == Severity.Error && f.Code != FindingCodes.YearMismatch), f => Assert.Equal(2, f.Row));
            }
        }
    }

    private static Table Sample(string kind) => kind switch
    {
        "statistics" => Samples.Statistics(),
        "funding" => Samples.Funding(),
        _ => Samples.County(),
    };

    // The same value as an Excel numeric where it parses as a double, to reach the xlsx number path.
    private static Table Numeric(Table table, string header, string value) =>
        double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? table.With(2, header, number)
            : table;
}
