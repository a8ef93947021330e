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

    private static bool NeedsEscape(char c) => c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c);
}
