namespace Changji.SampleGenerator.Output;

/// <summary>A row the ingestion must reject, as the steward's validation report should name it (row 1 is the header).</summary>
public sealed record ExpectedRejection(int Row, string Column, string Value, string Expected);
