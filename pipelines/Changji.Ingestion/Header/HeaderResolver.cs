namespace Changji.Ingestion;

/// <summary>
/// Recognises the kind of a file from its header — by the columns only that kind has, never the
/// file name — and binds each header cell to its column, reporting what it cannot bind.
/// </summary>
internal static class HeaderResolver
{
    /// <summary>Returns null when the header rejects the file (the findings say why).</summary>
    public static HeaderMap? Resolve(IReadOnlyList<string> headers, int headerRow, FindingSink sink)
    {
        var candidates = headers.Select(HeaderLexicon.Lookup).ToList();
        var schema = ChooseKind(candidates);
        if (schema is null)
        {
            sink.FileError(FindingCodes.UnknownKind, headerRow, null, null, "表头无法识别为任何一类数据文件",
                "表头应包含学校基础数据（如「办学类型」「小学在校生数」）、学校经费数据（如「公用经费预算总额（元）」）或县级指标数据（「指标代码」「数值」）的列名");
            return null;
        }
        var bound = Bind(schema, headers, candidates, headerRow, sink);
        ReportMissing(schema, bound, headerRow, sink);
        return sink.HasFileError ? null : new HeaderMap(schema, headerRow, bound);
    }

    /// <summary>True when the row reads as the header of some kind of file (a title row above it does not).</summary>
    public static bool LooksLikeHeader(IReadOnlyList<string> cells) => ChooseKind(cells.Select(HeaderLexicon.Lookup).ToList()) is not null;

    private static KindSchema? ChooseKind(List<IReadOnlyList<HeaderCandidate>> candidates)
    {
        var scores = KindSchemas.All
            .Select(schema => (Schema: schema, Score: candidates.Count(c => c.Any(m => m.Schema == schema && IsDistinctive(m.Spec, schema)))))
            .OrderByDescending(s => s.Score)
            .ToList();
        var best = scores[0];
        return best.Score > 0 && scores[1].Score < best.Score ? best.Schema : null;
    }

    private static bool IsDistinctive(ColumnSpec spec, KindSchema schema) =>
        KindSchemas.All.Where(other => other != schema).All(other => other.Columns.All(c => c.Key != spec.Key));

    private static Dictionary<string, BoundColumn> Bind(
        KindSchema schema, IReadOnlyList<string> headers, List<IReadOnlyList<HeaderCandidate>> candidates, int headerRow, FindingSink sink)
    {
        var bound = new Dictionary<string, BoundColumn>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i];
            if (string.IsNullOrWhiteSpace(header)) continue;
            var match = candidates[i].FirstOrDefault(c => c.Schema == schema);
            if (match is null)
            {
                sink.Warning(FindingCodes.UnknownColumn, headerRow, header, null, "无法识别，该列已忽略",
                    $"应为{schema.ChineseName}的列名（中文列名或英文别名）之一");
                continue;
            }
            if (match.Unit is null)
            {
                sink.FileError(FindingCodes.UnsupportedUnit, headerRow, header, match.UnitText, "不是该列可用的单位",
                    $"列「{match.Spec.Name}」的单位应为{Unit.AllowedLabels(match.Spec.Dimension)}");
                continue;
            }
            if (bound.TryGetValue(match.Spec.Key, out var first))
            {
                sink.FileError(FindingCodes.DuplicateColumn, headerRow, header, null, $"与第 {first.Index + 1} 列「{first.Header}」重复",
                    $"每一列在表头中只能出现一次");
                continue;
            }
            bound[match.Spec.Key] = new BoundColumn(i, header, match.Spec, match.Unit);
        }
        return bound;
    }

    private static void ReportMissing(KindSchema schema, Dictionary<string, BoundColumn> bound, int headerRow, FindingSink sink)
    {
        foreach (var spec in schema.Columns.Where(c => c.HeaderRequired && !bound.ContainsKey(c.Key)))
        {
            sink.FileError(FindingCodes.MissingColumn, headerRow, spec.Name, null, "在表头中缺失",
                $"{schema.ChineseName}的表头应包含列「{spec.Name}」（或英文名 {spec.Key}）");
        }
    }
}
