using Changji.Ingestion.Findings;
using Changji.Ingestion.Rows;

namespace Changji.Ingestion;

/// <summary>Builds the <see cref="IngestedFile"/> of a file: accepted with its rows, or rejected with none.</summary>
internal static class Outcome
{
    public static IngestedFile Rejected(FindingSink sink, FileKind? kind, int? year, int rowsRead = 0, IReadOnlyList<string>? rejectedKeys = null) => new()
    {
        FileName = sink.File,
        Sheet = sink.Sheet,
        Kind = kind,
        Year = year,
        Rejected = true,
        RowsRead = rowsRead,
        Findings = sink.Items.ToList(),
        RejectedKeys = rejectedKeys ?? [],
    };

    /// <summary>The rows still held are the file's unless a chunk was handed over; then only their counts and keys are kept.</summary>
    public static IngestedFile Accepted(FindingSink sink, FileKind kind, int? year, int rowsRead, KindRows rows, IReadOnlyList<string> rejectedKeys) => rows.HandedOver
        ? Held(sink, kind, year, rowsRead, new KindRows(kind), rejectedKeys) with
        {
            RowsHeld = false,
            RowsAccepted = rows.Accepted,
            Counties = rows.Counties,
            FundingSchools = rows.FundingSchools,
        }
        : Held(sink, kind, year, rowsRead, rows, rejectedKeys);

    private static IngestedFile Held(FindingSink sink, FileKind kind, int? year, int rowsRead, KindRows rows, IReadOnlyList<string> rejectedKeys) => new()
    {
        FileName = sink.File,
        Sheet = sink.Sheet,
        Kind = kind,
        Year = year,
        Rejected = false,
        RowsRead = rowsRead,
        Statistics = rows.Statistics,
        Funding = rows.Funding,
        Figures = rows.Figures,
        Findings = sink.Items.ToList(),
        RejectedKeys = rejectedKeys,
    };
}
