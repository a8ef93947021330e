using System.Globalization;
using Changji.Ingestion.Findings;
using Changji.Ingestion.Header;
using Changji.Text;

namespace Changji.Ingestion.Rows;

/// <summary>Checks across columns of one row, shared by the kinds.</summary>
internal static class RowChecks
{
    /// <summary>A choice from a closed list (办学类型, 城乡分类, 举办者).</summary>
    public static T? Choose<T>(this RowValues row, string key, Choice<T> choice) where T : struct, Enum
    {
        var text = row.Text(key, required: true);
        if (text is null)
        {
            return null;
        }

        if (choice.TryParse(text, out var value))
        {
            return value;
        }

        row.Error(choice.Code, key, text, ZhCn.Text("finding.problem.invalid"), choice.Expected);
        return null;
    }

    /// <summary>学校标识码: exactly 10 digits (Excel may hand it over as a number).</summary>
    public static string? SchoolCode(this RowValues row, string key)
    {
        var text = row.Text(key, required: true);
        if (text is null)
        {
            return null;
        }

        var code = string.Concat(text.Select(HeaderText.Fold));
        if (code.Length == 10 && code.All(char.IsAsciiDigit))
        {
            return code;
        }

        row.Error(FindingCodes.InvalidSchoolCode, key, text, ZhCn.Text("finding.problem.invalid"), ZhCn.Text("finding.invalid_school_code.expected"));
        return null;
    }

    /// <summary>A part that cannot exceed its whole (骨干教师 ≤ 专任教师, 室内体育用房 ≤ 教学及辅助用房).</summary>
    public static void AtMost(this RowValues row, string partKey, decimal? part, decimal? total, string totalKey) =>
        AtMost(row, partKey, part, total, totalKey, null);

    /// <summary>A part of the sum of two columns (持证教师 ≤ 小学 + 初中专任教师).</summary>
    public static void AtMost(this RowValues row, string partKey, decimal? part, decimal? total, string totalKey, string? otherTotalKey)
    {
        if (part is null || total is null || part <= total)
        {
            return;
        }
        // The label is built only for a failing row: most rows pass and should not pay for it.
        var totalLabel = otherTotalKey is null
            ? row.Label(totalKey)
            : ZhCn.Format("finding.subcount_exceeds_total.sum", ("first", row.Label(totalKey)), ("second", row.Label(otherTotalKey)));
        row.Error(FindingCodes.SubcountExceedsTotal, partKey, row.Raw(partKey).Text,
            ZhCn.Format("finding.subcount_exceeds_total.problem", ("total", totalLabel), ("value", total.Value.ToString(CultureInfo.InvariantCulture))),
            ZhCn.Format("finding.subcount_exceeds_total.expected", ("total", totalLabel)));
    }
}
