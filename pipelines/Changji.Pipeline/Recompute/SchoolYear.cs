namespace Changji.Pipeline.Recompute;

/// <summary>School years (学年) start on 1 September: year 2024 is 2024–2025.</summary>
public static class SchoolYear
{
    public static int Of(DateTime date) => date.Month >= 9 ? date.Year : date.Year - 1;
}
