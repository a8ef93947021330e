using Changji.Evaluation.Facts;

namespace Changji.Storage.Azure.Tables;

/// <summary>
/// What the <c>schools</c> registry needs of a statistics row: kept for each row of a file stored in chunks, so the
/// registry partition is read and written once per file rather than once per chunk.
/// </summary>
internal sealed record SchoolSighting(string SchoolCode, string SchoolName, SchoolType SchoolType, int Year)
{
    public static SchoolSighting Of(SchoolStatistics school) => new(school.SchoolCode, school.SchoolName, school.SchoolType, school.Year);
}
