namespace Changji.Ingestion.Reading;

internal static class RowSourceExtensions
{
    /// <summary>A row with no value in any cell is skipped: trailing empty rows are common in sheets.</summary>
    public static bool IsBlankRow(this IRowSource source)
    {
        for (var i = 0; i < source.Count; i++)
        {
            if (!source[i].IsBlank)
            {
                return false;
            }
        }
        return true;
    }
}
