using System.Globalization;
using Changji.Pipeline.Recompute;

namespace Changji.Storage.Azure.Backups;

/// <summary>
/// <c>backup/{Beijing date}/tables-{UTC instant}.jsonl.gz</c>: a folder per night people can find by date,
/// and names that sort in the order they were taken (the date never goes back while the instant grows).
/// </summary>
public static class SnapshotName
{
    public const string Suffix = ".jsonl.gz";

    public static string For(DateTimeOffset takenAt)
    {
        var date = SchoolCalendar.BeijingDate(takenAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var stamp = takenAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
        return $"{date}/tables-{stamp}{Suffix}";
    }

    public static bool IsSnapshot(string blobName) =>
        blobName.EndsWith(Suffix, StringComparison.Ordinal) && blobName.Contains("/tables-", StringComparison.Ordinal);
}
