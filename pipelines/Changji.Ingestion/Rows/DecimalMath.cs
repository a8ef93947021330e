namespace Changji.Ingestion.Rows;

/// <summary>
/// Decimal products that cannot overflow: a cell of 7e28 in a 万元 column is a bad value for its
/// row, not an <see cref="OverflowException"/> that would reject the whole file as unreadable.
/// </summary>
internal static class DecimalMath
{
    public static bool TryMultiply(decimal value, decimal factor, out decimal product)
    {
        product = 0m;
        if (Math.Abs(factor) > 1m && Math.Abs(value) > decimal.MaxValue / Math.Abs(factor))
        {
            return false;
        }

        product = value * factor;
        return true;
    }
}
