using System.Globalization;

namespace Changji.Evaluation.Engine;

/// <summary>Number formatting for Chinese notes: invariant digits, at most four decimals (display only).</summary>
internal static class Numbers
{
    public static string Show(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
