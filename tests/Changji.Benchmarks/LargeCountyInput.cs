using System.Globalization;
using System.Text;
using Changji.Evaluation.Facts;

namespace Changji.Benchmarks;

/// <summary>
/// Writes a deterministic input of N schools for one year (statistics, funding and the samples' county
/// figures) in the steward's CSV format, for the end-to-end benchmark: one county, or a region or the
/// nation when <c>counties</c> &gt; 1 (school i in county i mod K, each row naming its 县级行政区划代码,
/// files split into parts of at most <see cref="RowsPerFile"/> rows as a region's office would receive
/// them). Every school type appears with realistic sizes; about one school in twelve is short of
/// teachers or rooms, so units fail and alerts are raised.
/// </summary>
public static class LargeCountyInput
{
    private static readonly SchoolType[] Types =
    [
        SchoolType.Primary, SchoolType.Primary, SchoolType.Primary, SchoolType.Primary, SchoolType.Junior, SchoolType.Junior,
        SchoolType.NineYear, SchoolType.Complete, SchoolType.TwelveYear, SchoolType.TeachingPoint, SchoolType.TeachingPoint, SchoolType.SpecialEducation,
    ];

    private static readonly string[] StatisticsHeader =
    [
        "year", "school_code", "school_name", "school_type", "urban_rural", "sponsor", "township",
        "primary_students", "junior_students", "senior_students", "primary_classes", "junior_classes",
        "primary_max_class_size", "junior_max_class_size", "primary_teachers", "junior_teachers",
        "primary_qualified_teachers", "junior_qualified_teachers", "primary_backbone_teachers", "junior_backbone_teachers",
        "primary_pe_art_teachers", "junior_pe_art_teachers", "certified_teachers", "teaching_area_m2", "indoor_sports_area_m2",
        "sports_ground_area_m2", "equipment_value", "multimedia_classrooms", "music_rooms", "music_room_min_area_m2", "art_rooms", "art_room_min_area_m2",
    ];

    /// <summary>Rows per statistics file: ~15 MB of CSV, under the 20 MiB file limit.</summary>
    public const int RowsPerFile = 50_000;

    /// <summary>The 县级行政区划代码 of synthetic county k (distinct 6-digit codes, none of them the home county's).</summary>
    public static string CountyCode(int k) => (100000 + k * 7).ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes the files into <paramref name="folder"/>/<paramref name="year"/>; returns the statistics files' glob (for DuckDB).</summary>
    public static string Write(string folder, int schools, int year = 2024, int seed = 42, bool gb18030 = false, int counties = 1)
    {
        var encoding = gb18030 ? CodePagesEncodingProvider.Instance.GetEncoding("GB18030")! : new UTF8Encoding(false);
        var target = Path.Combine(folder, year.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(target);
        var random = new Random(seed);
        var county = counties > 1 ? ",county_code" : "";
        for (var part = 0; part * RowsPerFile < schools; part++)
        {
            var rows = Math.Min(RowsPerFile, schools - part * RowsPerFile);
            var statistics = new StringBuilder(rows * 270);
            var funding = new StringBuilder(rows * 72);
            statistics.AppendJoin(',', StatisticsHeader).Append(county).Append('\n');
            funding.Append("学年,学校标识码,学校名称,公用经费预算总额（万元）,教师培训经费预算（万元）,公用经费实际拨付（万元）").Append(county).Append('\n');
            for (var i = part * RowsPerFile; i < part * RowsPerFile + rows; i++)
            {
                var row = School(random, year, i);
                var code = counties > 1 ? "," + CountyCode(i % counties) : "";
                statistics.AppendJoin(',', row).Append(code).Append('\n');
                var budget = Math.Round(random.Next(40, 400) + random.NextDouble(), 2);
                funding.Append(CultureInfo.InvariantCulture, $"{year},{row[1]},{row[2]},{budget:0.##},{Math.Round(budget * 0.06, 2):0.##},{Math.Round(budget * 0.97, 2):0.##}{code}\n");
            }

            File.WriteAllText(Path.Combine(target, $"school_statistics_{year}_{part + 1:00}.csv"), statistics.ToString(), encoding);
            File.WriteAllText(Path.Combine(target, $"学校经费数据-{year}-{part + 1:00}.csv"), funding.ToString(), encoding);
        }

        File.WriteAllText(Path.Combine(target, $"县级指标数据-{year}.csv"), CountyFigures(year, counties), encoding);
        return Path.Combine(target, $"school_statistics_{year}_*.csv");
    }

    /// <summary>
    /// One statistics file of every school, written row by row (a national office's single export, for
    /// the <c>ingest</c> benchmark): the same schools as <see cref="Write"/>, never split into parts.
    /// </summary>
    public static void WriteStatisticsFile(string path, int schools, int year = 2024, int seed = 42, int counties = 1)
    {
        var random = new Random(seed);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.Write(string.Join(',', StatisticsHeader));
        writer.Write(counties > 1 ? ",county_code\n" : "\n");
        for (var i = 0; i < schools; i++)
        {
            writer.Write(string.Join(',', School(random, year, i)));
            writer.Write(counties > 1 ? "," + CountyCode(i % counties) + "\n" : "\n");
            // Funding's draw, so school i is the same school as in Write's files.
            _ = random.Next(40, 400) + random.NextDouble();
        }
    }

    private static string[] School(Random random, int year, int i)
    {
        var type = Types[random.Next(Types.Length)];
        var primary = type switch
        {
            SchoolType.Primary => random.Next(120, 2400),
            SchoolType.NineYear or SchoolType.TwelveYear => random.Next(300, 1800),
            SchoolType.TeachingPoint => random.Next(12, 160),
            SchoolType.SpecialEducation => random.Next(20, 120),
            _ => 0,
        };
        var junior = type is SchoolType.Junior or SchoolType.NineYear or SchoolType.Complete or SchoolType.TwelveYear ? random.Next(150, 1800) : 0;
        var senior = type is SchoolType.Complete or SchoolType.TwelveYear ? random.Next(150, 1500) : 0;
        // One school in twelve is short of something, so units fail and the engine raises alerts.
        var lacking = random.Next(12) == 0;
        var pt = primary == 0 ? 0 : Math.Max(1, primary / (lacking ? 30 : 14));
        var jt = junior == 0 ? 0 : Math.Max(1, junior / (lacking ? 20 : 11));
        var all = primary + junior + senior;
        var urban = random.Next(3);
        var sponsor = random.Next(20) == 0 ? Sponsor.Private : Sponsor.Public;
        string N(int value) => value.ToString(CultureInfo.InvariantCulture);
        string Z(int value, bool present) => present ? N(value) : string.Empty;
        var teaching = all * random.Next(lacking ? 2 : 7, 11);
        var equipmentWan = Math.Round(all * random.Next(lacking ? 600 : 2800, 4200) / 10000.0, 2);
        return
        [
            N(year), (6500000000L + i).ToString(CultureInfo.InvariantCulture), $"合成学校{i}", type.ToChinese(), ((UrbanRural)urban).ToChinese(), sponsor.ToChinese(), $"镇{i % 97}",
            N(primary), N(junior), N(senior), N(primary == 0 ? 0 : Math.Max(1, primary / 40)), N(junior == 0 ? 0 : Math.Max(1, junior / 45)),
            Z(Math.Min(45, Math.Max(primary, 1)), primary > 0), Z(Math.Min(50, Math.Max(junior, 1)), junior > 0), N(pt), N(jt),
            N(pt * 9 / 10), N(jt * 9 / 10), N(pt / (lacking ? 20 : 6)), N(jt / 6), N(pt / 7), N(jt / 7), N(pt + jt),
            N(teaching), N(all * 3 / 10), N(all * random.Next(lacking ? 3 : 11, 16)), equipmentWan.ToString("0.##", CultureInfo.InvariantCulture),
            N(Math.Max(1, all * 3 / 100)), N(2), N(random.Next(90, 130)), N(2), N(random.Next(90, 130)),
        ];
    }

    /// <summary>The county-level figures of the samples' 2024 file, for the given year, once per county.</summary>
    private static string CountyFigures(int year, int counties)
    {
        string[] lines =
        [
            "G1,是", "G2,是", "G10,是", "Q3,是", "Q5,是", "Q6,是", "Q7,是", "Q8,是", "teacher_avg_salary,123900", "civil_servant_avg_salary,121500",
            "public_fund_base_primary,720", "public_fund_base_junior,940", "training_360_completion_rate,100%", "rotation_eligible_teachers,1260",
            "rotated_teachers,138", "rotated_backbone_teachers,33", "nearby_enrollment_primary_rate,100%", "nearby_enrollment_junior_rate,98.2%",
            "quality_hs_quota_rate,55%", "migrant_public_rate,92.6%", "left_behind_care_system,是", "junior_retention_rate,97.8%",
            "disabled_enrollment_rate,100%", "dropout_students,0", "quality_monitoring_level3,是", "quality_monitoring_difference_rate,0.11",
            "social_recognition_rate,88.2%", "edu_appropriation,1567000000", "fiscal_recurrent_revenue,6124000000", "per_student_edu_expense,18360",
            "per_student_public_funds,3520",
        ];
        if (counties <= 1)
        {
            return "学年,指标代码,数值\n" + string.Concat(lines.Select(l => $"{year},{l}\n"));
        }

        var sb = new StringBuilder("学年,指标代码,数值,county_code\n");
        for (var k = 0; k < counties; k++)
        {
            foreach (var line in lines)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{year},{line},{CountyCode(k)}\n");
            }
        }

        return sb.ToString();
    }
}
