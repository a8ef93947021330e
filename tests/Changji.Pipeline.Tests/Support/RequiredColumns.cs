namespace Changji.Pipeline.Tests.Support;

/// <summary>The required columns of docs/outputs.md §2, copied from the contract so a rename fails a test.</summary>
public static class RequiredColumns
{
    public static IReadOnlyDictionary<string, string[]> ByTable { get; } = new Dictionary<string, string[]>
    {
        ["dim_school"] = ["year", "school_code", "school_name", "school_type", "urban_rural", "sponsor", "township", "in_scope"],
        ["dim_indicator"] = ["indicator_code", "area", "name_zh", "level", "threshold", "floor", "comparator", "unit", "profile"],
        ["fact_school_indicator"] = ["year", "school_code", "level", "indicator_code", "numerator", "students", "value", "threshold", "floor", "met", "above_floor", "gap"],
        ["fact_school_compliance"] = ["year", "school_code", "level", "indicators_met", "passed"],
        ["fact_county_variation"] = ["year", "level", "indicator_code", "schools", "students", "mean", "std_dev", "cv", "cv_limit", "passed"],
        ["fact_county_indicator"] = ["year", "indicator_code", "area", "value", "threshold", "status", "note"],
        ["fact_county_verdict"] = ["year", "area", "status", "blocking_codes", "note"],
        ["fact_alert"] =
        [
            "alert_id", "year", "rule", "rule_zh", "severity", "severity_zh", "subject", "school_code", "level", "indicator_code", "message_zh", "status",
            "opened_at", "resolved_at", "opened_year", "resolved_year", "due_date", "overdue", "responsible_units", "measures",
        ],
        ["fact_data_quality"] = ["year", "file", "sheet", "row", "column", "severity", "code", "message_zh"],
    };
}
