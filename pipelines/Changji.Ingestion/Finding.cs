namespace Changji.Ingestion;

/// <summary>
/// One validation finding for a steward, located as precisely as the problem allows.
/// <see cref="Row"/> is the 1-based row number as the steward sees it in the sheet (the header is row 1);
/// null for a file-level finding. <see cref="MessageZh"/> names file, sheet, row, column, value and
/// expectation in one Chinese sentence.
/// </summary>
public sealed record Finding
{
    public required string File { get; init; }
    public string? Sheet { get; init; }
    public int? Row { get; init; }
    public string? Column { get; init; }
    public string? Value { get; init; }
    public string? Expected { get; init; }
    public required Severity Severity { get; init; }
    /// <summary>Stable machine code, e.g. <c>negative_count</c>, <c>unknown_kind</c>.</summary>
    public required string Code { get; init; }
    public required string MessageZh { get; init; }
}
