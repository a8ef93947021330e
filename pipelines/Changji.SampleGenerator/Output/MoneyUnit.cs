namespace Changji.SampleGenerator.Output;

/// <summary>The unit a file states in its header for an amount (docs/input-files.md: （元）, （万元）).</summary>
public enum MoneyUnit
{
    Yuan,
    TenThousandYuan,
}

public static class MoneyUnits
{
    /// <summary>Amounts are multiples of 100 元, so two decimals of 万元 hold them exactly.</summary>
    public static decimal? FromYuan(this MoneyUnit unit, double? yuan) =>
        yuan is null ? null : unit == MoneyUnit.Yuan ? (decimal)yuan.Value : (decimal)yuan.Value / 10_000m;
}
