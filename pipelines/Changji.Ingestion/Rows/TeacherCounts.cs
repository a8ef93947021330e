namespace Changji.Ingestion.Rows;

/// <summary>The teacher counts of a statistics row, each sub-count checked against its total.</summary>
internal sealed record TeacherCounts(
    int? Primary, int? Junior,
    int? PrimaryQualified, int? JuniorQualified,
    int? PrimaryBackbone, int? JuniorBackbone,
    int? PrimaryPeArt, int? JuniorPeArt,
    int? Certified)
{
    public static TeacherCounts Read(RowValues row)
    {
        var primary = row.Count("primary_teachers", required: true);
        var junior = row.Count("junior_teachers", required: true);
        var counts = new TeacherCounts(
            primary, junior,
            Part(row, "primary_qualified_teachers", "primary_teachers", primary),
            Part(row, "junior_qualified_teachers", "junior_teachers", junior),
            Part(row, "primary_backbone_teachers", "primary_teachers", primary),
            Part(row, "junior_backbone_teachers", "junior_teachers", junior),
            Part(row, "primary_pe_art_teachers", "primary_teachers", primary),
            Part(row, "junior_pe_art_teachers", "junior_teachers", junior),
            row.Count("certified_teachers", required: false));
        // 持证教师 counts against all full-time teachers: the file knows primary and junior ones.
        // Summed as decimal: two counts near int.MaxValue must not overflow (checked arithmetic) and reject the file.
        var all = (decimal?)primary + junior;
        row.AtMost("certified_teachers", counts.Certified, all, "primary_teachers", "junior_teachers");
        return counts;
    }

    private static int? Part(RowValues row, string key, string totalKey, int? total)
    {
        var part = row.Count(key, required: false);
        row.AtMost(key, part, total, totalKey);
        return part;
    }
}
