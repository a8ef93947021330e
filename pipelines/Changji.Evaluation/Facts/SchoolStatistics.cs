namespace Changji.Evaluation.Facts;

/// <summary>
/// One accepted row of 学校基础数据 (kind <c>statistics</c>) in canonical units: persons, m², 元.
/// Optional inputs are null when the steward did not supply them; the engine reports them as
/// 数据缺失 rather than treating them as zero.
/// </summary>
public sealed record SchoolStatistics
{
    public required int Year { get; init; }
    public required string SchoolCode { get; init; }
    public required string SchoolName { get; init; }
    public required SchoolType SchoolType { get; init; }
    public required UrbanRural UrbanRural { get; init; }
    public required Sponsor Sponsor { get; init; }
    public string? Township { get; init; }

    /// <summary>
    /// 县级行政区划代码 of the row's county (6 digits); null for the home county: the run's default county,
    /// which files without the column belong to and which is stored without a code (docs/input-files.md §5).
    /// </summary>
    public string? CountyCode { get; init; }
    /// <summary>The names the file gives the row's county, when it has such columns.</summary>
    public CountyNames? CountyNames { get; init; }

    public required int PrimaryStudents { get; init; }
    public required int JuniorStudents { get; init; }
    public int SeniorStudents { get; init; }

    public required int PrimaryClasses { get; init; }
    public required int JuniorClasses { get; init; }
    public int? PrimaryMaxClassSize { get; init; }
    public int? JuniorMaxClassSize { get; init; }

    public required int PrimaryTeachers { get; init; }
    public required int JuniorTeachers { get; init; }
    public int? PrimaryQualifiedTeachers { get; init; }
    public int? JuniorQualifiedTeachers { get; init; }
    public int? PrimaryBackboneTeachers { get; init; }
    public int? JuniorBackboneTeachers { get; init; }
    public int? PrimaryPeArtTeachers { get; init; }
    public int? JuniorPeArtTeachers { get; init; }
    public int? CertifiedTeachers { get; init; }

    public double? TeachingAreaM2 { get; init; }
    public double? IndoorSportsAreaM2 { get; init; }
    public double? SportsGroundAreaM2 { get; init; }
    /// <summary>教学仪器设备资产值 in 元 (the statistics report 万元; ingestion converts).</summary>
    public double? EquipmentValueYuan { get; init; }
    public int? MultimediaClassrooms { get; init; }

    public int? MusicRooms { get; init; }
    public double? MusicRoomMinAreaM2 { get; init; }
    public int? ArtRooms { get; init; }
    public double? ArtRoomMinAreaM2 { get; init; }
}
