using Changji.Ingestion;
using Changji.Pipeline.Counties;

namespace Changji.Pipeline.Submissions;

/// <summary>
/// The counties whose facts a file stored: what a recompute per county (docs/azure.md, issue 10) has to
/// redo after it. Rows without a county are the home county's. A rejected file stored no rows, so it names
/// none; its alerts (the rules about files) are the home county's anyway.
/// </summary>
public static class SubmissionCounties
{
    /// <returns>县级行政区划代码, ordered, each once.</returns>
    public static IReadOnlyList<string> Of(IngestedFile file, HomeCounty home)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(home);
        if (file.Rejected)
        {
            return [];
        }

        return file.Counties
            .Select(home.Resolve)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
