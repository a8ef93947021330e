using Changji.Evaluation.Catalogue;

namespace Changji.Evaluation.Results;

/// <summary>One G/Q/S/C item for the county and year.</summary>
public sealed record CountyItemResult
{
    public required int Year { get; init; }
    public required string IndicatorCode { get; init; }
    public required Area Area { get; init; }
    /// <summary>The headline value compared (a rate in %, an amount, a count); null for judgements or when missing.</summary>
    public double? Value { get; init; }
    public double? Threshold { get; init; }
    public required ItemStatus Status { get; init; }
    /// <summary>Explanation in Chinese: what was compared, evidence note, or what is missing.</summary>
    public string? Note { get; init; }
    /// <summary>Schools (or sub-items) that fail the item; empty when met or not school-based.</summary>
    public IReadOnlyList<ItemFailure> Failures { get; init; } = [];
}
