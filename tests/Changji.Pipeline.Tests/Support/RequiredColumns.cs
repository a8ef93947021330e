namespace Changji.Pipeline.Tests.Support;

/// <summary>The required columns of docs/outputs.md §2, copied from the contract so a rename fails a test.</summary>
public static class RequiredColumns
{
    public static IReadOnlyDictionary<string, string[]> ByTable { get; } = new Dictionary<string, string[]>
    {
        ["dim_school"] = ["year", "school_code", "school_name", "school_type", "urban_rural", "sponsor", "township", "in_scope", "county_code"],
        ["dim_indicator"] = ["indicator_code", "area", "name_zh", "level", "threshold", "floor", "comparator", "unit", "profile"],
        ["fact_school_indicator"] = ["year", "school_code", "level", "indicator_code", "numerator", "students", "value", "threshold", "floor", "met", "above_floor", "gap", "county_code"],
        ["fact_school_compliance"] = ["year", "school_code", "level", "indicators_met", "passed", "county_code"],
        ["fact_county_variation"] = ["year", "level", "indicator_code", "schools", "students", "mean", "std_dev", "cv", "cv_limit", "passed", "county_code"],
        ["fact_county_indicator"] = ["year", "indicator_code", "area", "value", "threshold", "status", "note", "county_code"],
        ["fact_county_verdict"] = ["year", "area", "status", "blocking_codes", "note", "county_code"],
        ["fact_alert"] =
        [
            "alert_id", "year", "rule", "rule_zh", "severity", "severity_zh", "subject", "school_code", "level", "indicator_code", "message_zh", "status",
            "opened_at", "resolved_at", "opened_year", "resolved_year", "due_date", "overdue", "responsible_units", "measures", "county_code",
        ],
        ["fact_data_quality"] = ["year", "file", "sheet", "row", "column", "severity", "code", "message_zh", "county_code", "uploaded_by", "uploaded_by_id"],
        ["dim_county"] = ["year", "county_code", "county_name", "prefecture", "province"],
        ["fact_region_summary"] =
        [
            "year", "area", "area_zh", "counties_evaluated", "counties_met", "counties_not_met", "counties_missing", "counties_cv_over_limit", "sort_order",
        ],
        ["fact_submission"] =
        [
            "year", "file", "sha256", "kind", "kind_zh", "status", "status_zh", "rows_read", "rows_accepted", "rows_rejected", "errors", "warnings",
            "uploaded_by", "uploaded_by_id", "received_at", "received_at_beijing", "received_date", "county_code",
        ],
    };
}
