namespace Changji.PowerBI.Tests.Tmdl;

/// <summary>
/// The TMDL keywords this project may use, per parent object. Desktop refuses a model with any other keyword
/// ("The keyword 'x' is neither a property nor an object in the current context"), so a typo is a failed open.
/// Property names are the TOM properties in camelCase (learn.microsoft.com/analysis-services/tmdl/tmdl-overview).
/// </summary>
public static class TmdlKeywords
{
    public static readonly IReadOnlyDictionary<string, string[]> ByParent = new Dictionary<string, string[]>
    {
        [""] = ["database", "model", "table", "relationship", "expression", "queryGroup", "annotation", "ref", "cultureInfo", "role"],
        ["database"] = ["compatibilityLevel"],
        ["model"] = ["culture", "defaultPowerBIDataSourceVersion", "sourceQueryCulture", "dataAccessOptions", "discourageImplicitMeasures"],
        ["dataAccessOptions"] = ["legacyRedirects", "returnErrorValuesAsNull", "fastCombine"],
        ["queryGroup"] = ["annotation"],
        ["table"] = ["lineageTag", "isHidden", "column", "measure", "partition", "hierarchy", "annotation"],
        ["column"] = ["dataType", "formatString", "lineageTag", "summarizeBy", "sourceColumn", "isHidden", "sortByColumn",
            "isNameInferred", "isDataTypeInferred", "displayFolder", "dataCategory", "isKey", "changedProperty", "annotation"],
        ["measure"] = ["formatString", "displayFolder", "lineageTag", "isHidden", "dataType", "annotation"],
        ["partition"] = ["mode", "queryGroup", "source", "annotation"],
        ["expression"] = ["lineageTag", "queryGroup", "annotation"],
        ["relationship"] = ["fromColumn", "toColumn", "crossFilteringBehavior", "isActive", "fromCardinality", "toCardinality",
            "securityFilteringBehavior", "joinOnDateBehavior", "relyOnReferentialIntegrity"],
        ["role"] = ["modelPermission", "tablePermission", "member", "annotation"],
        ["tablePermission"] = ["columnPermission"],
        ["annotation"] = [],
        ["ref"] = [],
    };

    /// <summary>Enum-valued properties and their legal members (an illegal member fails with "Failed to convert the value").</summary>
    public static readonly IReadOnlyDictionary<string, string[]> EnumValues = new Dictionary<string, string[]>
    {
        ["modelPermission"] = ["none", "read", "readRefresh", "refresh", "administrator"],
        ["summarizeBy"] = ["none", "sum", "count", "min", "max", "average", "distinctCount", "default"],
        ["mode"] = ["import", "directQuery", "dual", "default"],
        ["crossFilteringBehavior"] = ["oneDirection", "bothDirections", "automatic"],
        ["fromCardinality"] = ["one", "many"],
        ["toCardinality"] = ["one", "many"],
    };

    /// <summary>Objects that may carry a /// description (a relationship may not: "Property 'description' is unknown").</summary>
    public static readonly string[] Describable = ["table", "column", "measure", "partition", "expression", "hierarchy"];
}
