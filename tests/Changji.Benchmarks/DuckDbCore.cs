using System.Globalization;
using System.Text;
using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Facts;
using DuckDB.NET.Data;

namespace Changji.Benchmarks;

/// <summary>
/// The engine's core resource computation as DuckDB SQL over the statistics CSV: school units with the
/// facility split of multi-level schools (Units/FacilitySplit), L1–L7 per in-scope unit, met and floor
/// with the profile's relative tolerance, the school rule, and the weighted CV per level and indicator.
/// Thresholds, weights and scales come from the same profile the engine uses.
/// </summary>
public static class DuckDbCore
{
    /// <summary>Runs the computation into tables <c>d_indicator</c>, <c>d_compliance</c> and <c>d_variation</c> and writes them as Parquet.</summary>
    /// <param name="statisticsCsv">The statistics files (a glob); with <paramref name="counties"/> they carry county_code, else every row is the home county's.</param>
    public static void Run(DuckDBConnection connection, string statisticsCsv, Profile profile, string parquetFolder, bool counties = false)
    {
        Directory.CreateDirectory(parquetFolder);
        foreach (var sql in Statements(statisticsCsv, profile, parquetFolder, counties))
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }

    private static string D(double value) => value.ToString("R", CultureInfo.InvariantCulture) + "::DOUBLE";

    private static string Q(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static IEnumerable<string> Statements(string csv, Profile profile, string parquetFolder, bool counties)
    {
        var settings = profile.Resource;
        if (settings.CvMethod != CvMethod.Weighted)
        {
            throw new NotSupportedException("The SQL computes the weighted CV only.");
        }

        var w = settings.SplitWeights;
        var complete = Q(SchoolType.Complete.ToChinese());
        var twelve = Q(SchoolType.TwelveYear.ToChinese());
        var point = Q(SchoolType.TeachingPoint.ToChinese());
        var special = Q(SchoolType.SpecialEducation.ToChinese());
        var privateName = Q(Sponsor.Private.ToChinese());
        var thresholds = new StringBuilder();
        foreach (var indicator in profile.SchoolIndicators)
        {
            if (indicator.Comparator != Comparator.AtLeast)
            {
                throw new NotSupportedException($"The SQL compares L indicators with >= only ({indicator.Code}).");
            }

            foreach (var level in new[] { SchoolLevel.Primary, SchoolLevel.Junior })
            {
                var limits = indicator.ForLevel(level);
                thresholds.Append(thresholds.Length == 0 ? string.Empty : ", ")
                    .Append(CultureInfo.InvariantCulture, $"({Q(indicator.Code)}, {Q(LevelName(level))}, {D(indicator.Scale)}, {D(limits.Threshold)}, {D(limits.Floor)}, {D(settings.CvLimit(level))})");
            }
        }

        var tolerance = D(settings.Tolerance);
        yield return $"""
            CREATE OR REPLACE TABLE d_school AS SELECT * {(counties ? "" : ", '652301' AS county_code")} FROM read_csv({Q(csv)}, header = true, types = {"{"}'school_code': 'VARCHAR', {(counties ? "'county_code': 'VARCHAR', " : "")}'equipment_value': 'DOUBLE', 'teaching_area_m2': 'DOUBLE', 'indoor_sports_area_m2': 'DOUBLE', 'sports_ground_area_m2': 'DOUBLE'{"}"})
            """;
        yield return $"CREATE OR REPLACE TABLE d_threshold AS SELECT * FROM (VALUES {thresholds}) t(code, level, scale, threshold, floor, cv_limit)";
        // FacilitySplit.Share: primary 1; junior 1.1 (完全中学 1) against senior 1.2 (完全中学) or 1.32 (十二年一贯制).
        yield return $"""
            CREATE OR REPLACE TABLE d_unit AS
            WITH s AS (
              SELECT *,
                {D(w.Primary)} * primary_students AS pp,
                (CASE WHEN school_type = {complete} THEN {D(w.JuniorComplete)} ELSE {D(w.Junior)} END) * junior_students AS jp,
                (CASE WHEN school_type = {complete} THEN {D(w.SeniorComplete)} WHEN school_type = {twelve} THEN {D(w.SeniorTwelveYear)} ELSE 0::DOUBLE END) * senior_students AS sp,
                NOT (school_type = {special}
                     OR (school_type = {point} AND primary_students < {settings.TeachingPointMinStudents})
                     OR (sponsor = {privateName} AND NOT {(settings.IncludePrivate ? "true" : "false")})) AS in_scope
              FROM d_school)
            SELECT county_code, school_code, 'primary' AS level, primary_students AS students, in_scope,
                   CASE WHEN pp + jp + sp <= 0 THEN 0::DOUBLE ELSE pp / (pp + jp + sp) END AS share,
                   primary_qualified_teachers AS q, primary_backbone_teachers AS b, primary_pe_art_teachers AS pe,
                   teaching_area_m2, indoor_sports_area_m2, sports_ground_area_m2, equipment_value, multimedia_classrooms
            FROM s WHERE primary_students > 0
            UNION ALL
            SELECT county_code, school_code, 'junior', junior_students, in_scope,
                   CASE WHEN pp + jp + sp <= 0 THEN 0::DOUBLE ELSE jp / (pp + jp + sp) END,
                   junior_qualified_teachers, junior_backbone_teachers, junior_pe_art_teachers,
                   teaching_area_m2, indoor_sports_area_m2, sports_ground_area_m2, equipment_value, multimedia_classrooms
            FROM s WHERE junior_students > 0 AND school_type <> {point}
            """;
        // Numerators as NumeratorOf.Value: teachers of the level; facilities times the level's share (equipment in 万元 → 元).
        yield return $"""
            CREATE OR REPLACE TABLE d_indicator AS
            WITH n AS (
              SELECT county_code, school_code, level, students, 'L1' AS code, q::DOUBLE AS numerator FROM d_unit WHERE in_scope
              UNION ALL SELECT county_code, school_code, level, students, 'L2', b::DOUBLE FROM d_unit WHERE in_scope
              UNION ALL SELECT county_code, school_code, level, students, 'L3', pe::DOUBLE FROM d_unit WHERE in_scope
              UNION ALL SELECT county_code, school_code, level, students, 'L4', (teaching_area_m2 - indoor_sports_area_m2) * share FROM d_unit WHERE in_scope
              UNION ALL SELECT county_code, school_code, level, students, 'L5', (indoor_sports_area_m2 + sports_ground_area_m2) * share FROM d_unit WHERE in_scope
              UNION ALL SELECT county_code, school_code, level, students, 'L6', (equipment_value * 10000) * share FROM d_unit WHERE in_scope
              UNION ALL SELECT county_code, school_code, level, students, 'L7', multimedia_classrooms::DOUBLE * share FROM d_unit WHERE in_scope),
            v AS (SELECT n.*, t.threshold, t.floor, n.numerator / n.students * t.scale AS value FROM n JOIN d_threshold t USING (code, level))
            SELECT county_code, school_code, level, code AS indicator_code, numerator, students, value, threshold, floor,
                   value >= threshold - {tolerance} * greatest(abs(value), abs(threshold)) AS met,
                   value >= floor - {tolerance} * greatest(abs(value), abs(floor)) AS above_floor
            FROM v
            """;
        yield return $"""
            CREATE OR REPLACE TABLE d_compliance AS
            SELECT school_code, level, count(*) FILTER (WHERE met) AS indicators_met,
                   bool_and(above_floor) AND count(*) FILTER (WHERE NOT met) <= count(*) - {settings.MinIndicatorsMet} AS passed
            FROM d_indicator GROUP BY school_code, level
            """;
        // CoefficientOfVariation.Weighted: X̄ = ΣA/ΣP·scale, S = sqrt(Σ P_i (X_i − X̄)² / ΣP).
        yield return """
            CREATE OR REPLACE TABLE d_variation AS
            WITH m AS (
              SELECT i.county_code, i.level, i.indicator_code, count(*) AS schools, sum(i.students) AS students,
                     sum(i.numerator) / sum(i.students::DOUBLE) * any_value(t.scale) AS mean, any_value(t.cv_limit) AS cv_limit
              FROM d_indicator i JOIN d_threshold t ON t.code = i.indicator_code AND t.level = i.level
              GROUP BY i.county_code, i.level, i.indicator_code)
            SELECT m.county_code, m.level, m.indicator_code, m.schools, m.students, m.mean,
                   sqrt(sum(i.students * (i.value - m.mean) * (i.value - m.mean)) / sum(i.students::DOUBLE)) AS std_dev,
                   sqrt(sum(i.students * (i.value - m.mean) * (i.value - m.mean)) / sum(i.students::DOUBLE)) / m.mean AS cv,
                   any_value(m.cv_limit) AS cv_limit
            FROM d_indicator i JOIN m USING (county_code, level, indicator_code)
            GROUP BY m.county_code, m.level, m.indicator_code, m.schools, m.students, m.mean
            """;
        foreach (var table in new[] { "d_indicator", "d_compliance", "d_variation" })
        {
            yield return $"COPY {table} TO {Q(Path.Combine(parquetFolder, table + ".parquet"))} (FORMAT parquet)";
        }
    }

    private static string LevelName(SchoolLevel level) => level.ToCode();
}
