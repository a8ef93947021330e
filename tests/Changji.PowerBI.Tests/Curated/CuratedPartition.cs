using System.Text.RegularExpressions;
using Changji.PowerBI.Tests.Tmdl;

namespace Changji.PowerBI.Tests.Curated;

/// <summary>
/// Reads what an M partition asks <c>fnLoadCurated</c> for: the curated table name and the
/// <c>{"column", type}</c> list it converts. Tables without such a call are model-only (dim_year, _Measures, …).
/// </summary>
public sealed partial record CuratedPartition(string CuratedTable, IReadOnlyDictionary<string, string> ColumnTypes)
{
    public static CuratedPartition? Of(TmdlTable table)
    {
        var source = table.Partitions.FirstOrDefault(p => p.Kind == "m")?.Source;
        if (source is null || Call().Match(source) is not { Success: true } call)
        {
            return null;
        }

        var types = ColumnType().Matches(call.Groups["columns"].Value)
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["type"].Value.Trim());
        return new CuratedPartition(call.Groups["table"].Value, types);
    }

    [GeneratedRegex(@"fnLoadCurated\(\s*""(?<table>[^""]+)""\s*,\s*\{(?<columns>.*?)\}\s*(?:,\s*(?:true|false)\s*)?\)", RegexOptions.Singleline)]
    private static partial Regex Call();

    [GeneratedRegex(@"\{\s*""(?<name>[^""]+)""\s*,\s*(?<type>[^{}]+?)\s*\}")]
    private static partial Regex ColumnType();
}
