using System.Globalization;
using System.Text;

namespace Changji.Storage.Azure.Tables;

/// <summary>
/// Makes a value safe as a PartitionKey or RowKey: Azure Tables forbid <c>/ \ # ?</c> and control
/// characters in keys, so those (and <c>%</c>, the escape itself) become <c>%XX</c>. Codes made of
/// letters and digits, the usual case, are unchanged.
/// </summary>
public static class TableKey
{
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.Any(NeedsEscape))
        {
            return value;
        }

        var sb = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (NeedsEscape(c))
            {
                sb.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The partition of a school year's rows; a file without a year goes to <c>none</c>.</summary>
    public static string Year(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? "none";

    /// <summary>
    /// The partition of one county's facts of a year: <c>{year}</c> for the home county (stored without a
    /// code, so every store written before counties had partitions reads as it did), <c>{year}-{county}</c>
    /// for another, so an ingest of one county never reads or writes another county's partition.
    /// </summary>
    public static string YearOfCounty(int year, string? county) => county is null ? Year(year) : Year(year) + "-" + Escape(county);

    /// <summary>The year of a fact partition (<c>2024</c> or <c>2024-652302</c>); null for any other key.</summary>
    public static int? YearOfPartition(string partitionKey)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        var dash = partitionKey.IndexOf('-', StringComparison.Ordinal);
        var year = dash < 0 ? partitionKey : partitionKey[..dash];
        return int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>The county of a fact partition as stored: null for <c>2024</c> (the home county), <c>652302</c> for <c>2024-652302</c>.</summary>
    public static string? CountyOfPartition(string partitionKey)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        var dash = partitionKey.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? null : Uri.UnescapeDataString(partitionKey[(dash + 1)..]);
    }

    /// <summary>
    /// The bounds of every county's partition of a year, as a range query takes them: <c>{year}</c> itself
    /// and all <c>{year}-…</c> sort at or above the year and below <c>{year}.</c> ('.' follows '-').
    /// </summary>
    public static (string From, string Below) YearRange(int year) => (Year(year), Year(year) + ".");

    private static bool NeedsEscape(char c) => c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c);
}
