using Changji.Text;

namespace Changji.SampleGenerator.Output;

/// <summary>Column headers from the catalogue (labels <c>column</c>): the very names the ingestion recognises.</summary>
public static class ColumnNames
{
    public static string Of(string key) => ZhCn.Label("column", key);

    /// <summary>An area header with its unit: 教学及辅助用房面积（平方米）.</summary>
    public static string Area(string key) => WithUnit(key, ZhCn.Label("unit", "square_metre"));

    /// <summary>An amount header with the unit the file states: 公用经费预算总额（万元）.</summary>
    public static string Money(string key, MoneyUnit unit) =>
        WithUnit(key, ZhCn.Label("unit", unit == MoneyUnit.Yuan ? "yuan" : "ten_thousand_yuan"));

    private static string WithUnit(string key, string unit) => ZhCn.Format("column.with_unit", ("name", Of(key)), ("unit", unit));
}
