namespace Changji.Ingestion.Header;

/// <summary>What a steward column's cells hold, as far as a template can validate it.</summary>
public enum StewardValue
{
    /// <summary>Free text, codes and years: checked by the ingestion only.</summary>
    Text,
    /// <summary>One of a closed list (办学类型, 城乡分类, 举办者).</summary>
    Choice,
    /// <summary>A count: a whole number ≥ 0.</summary>
    WholeNumber,
    /// <summary>An area or an amount: a number ≥ 0.</summary>
    Amount,
}
