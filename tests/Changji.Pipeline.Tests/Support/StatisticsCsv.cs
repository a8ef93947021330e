using System.Globalization;
using System.Text;
using Changji.Evaluation.Facts;

namespace Changji.Pipeline.Tests.Support;

/// <summary>Writes statistics rows as a steward's UTF-8 CSV with the English header aliases of docs/input-files.md §1.</summary>
public static class StatisticsCsv
{
    private static readonly (string Header, Func<SchoolStatistics, object?> Value)[] Columns =
    [
        ("year", s => s.Year),
        ("school_code", s => s.SchoolCode),
        ("school_name", s => s.SchoolName),
        ("school_type", s => s.SchoolType.ToChinese()),
        ("urban_rural", s => s.UrbanRural.ToChinese()),
        ("sponsor", s => s.Sponsor.ToChinese()),
        ("township", s => s.Township),
        ("primary_students", s => s.PrimaryStudents),
        ("junior_students", s => s.JuniorStudents),
        ("senior_students", s => s.SeniorStudents),
        ("primary_classes", s => s.PrimaryClasses),
        ("junior_classes", s => s.JuniorClasses),
        ("primary_max_class_size", s => s.PrimaryMaxClassSize),
        ("junior_max_class_size", s => s.JuniorMaxClassSize),
        ("primary_teachers", s => s.PrimaryTeachers),
        ("junior_teachers", s => s.JuniorTeachers),
        ("primary_qualified_teachers", s => s.PrimaryQualifiedTeachers),
        ("junior_qualified_teachers", s => s.JuniorQualifiedTeachers),
        ("primary_backbone_teachers", s => s.PrimaryBackboneTeachers),
        ("junior_backbone_teachers", s => s.JuniorBackboneTeachers),
        ("primary_pe_art_teachers", s => s.PrimaryPeArtTeachers),
        ("junior_pe_art_teachers", s => s.JuniorPeArtTeachers),
        ("certified_teachers", s => s.CertifiedTeachers),
        ("teaching_area_m2", s => s.TeachingAreaM2),
        ("indoor_sports_area_m2", s => s.IndoorSportsAreaM2),
        ("sports_ground_area_m2", s => s.SportsGroundAreaM2),
        ("equipment_value（元）", s => s.EquipmentValueYuan),
        ("multimedia_classrooms", s => s.MultimediaClassrooms),
        ("music_rooms", s => s.MusicRooms),
        ("music_room_min_area_m2", s => s.MusicRoomMinAreaM2),
        ("art_rooms", s => s.ArtRooms),
        ("art_room_min_area_m2", s => s.ArtRoomMinAreaM2),
    ];

    public static byte[] Write(IEnumerable<SchoolStatistics> rows, Func<string, string>? editHeader = null)
    {
        var sb = new StringBuilder();
        sb.AppendLine(string.Join(',', Columns.Select(c => editHeader?.Invoke(c.Header) ?? c.Header)));
        foreach (var row in rows)
        {
            sb.AppendLine(string.Join(',', Columns.Select(c => Cell(c.Value(row)))));
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        string s when s.Contains(',') || s.Contains('"') => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
        _ => value.ToString() ?? "",
    };
}
