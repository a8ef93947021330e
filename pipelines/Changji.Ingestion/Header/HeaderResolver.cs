using Changji.Ingestion.Findings;
using Changji.Text;

namespace Changji.Ingestion.Header;

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
            sink.FileError(FindingCodes.UnknownKind, headerRow, null, null, ZhCn.Text("finding.unknown_kind.problem"),
                ZhCn.Text("finding.unknown_kind.expected"));
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
            if (string.IsNullOrWhiteSpace(header))
            {
                continue;
            }

            var match = candidates[i].FirstOrDefault(c => c.Schema == schema);
            if (match is null)
            {
                sink.Warning(FindingCodes.UnknownColumn, headerRow, header, null, ZhCn.Text("finding.unknown_column.problem"),
                    ZhCn.Format("finding.unknown_column.expected", ("kind", schema.ChineseName)));
                continue;
            }
            if (match.Unit is null)
            {
                sink.FileError(FindingCodes.UnsupportedUnit, headerRow, header, match.UnitText, ZhCn.Text("finding.unsupported_unit.problem"),
                    ZhCn.Format("finding.unsupported_unit.expected", ("column", match.Spec.Name), ("units", Unit.AllowedLabels(match.Spec.Dimension))));
                continue;
            }
            if (bound.TryGetValue(match.Spec.Key, out var first))
            {
                sink.FileError(FindingCodes.DuplicateColumn, headerRow, header, null, ZhCn.Format("finding.duplicate_column.problem", ("first", first.Index + 1), ("header", first.Header)),
                    ZhCn.Text("finding.duplicate_column.expected"));
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
            sink.FileError(FindingCodes.MissingColumn, headerRow, spec.Name, null, ZhCn.Text("finding.missing_column.problem"),
                ZhCn.Format("finding.missing_column.expected", ("kind", schema.ChineseName), ("column", spec.Name), ("key", spec.Key)));
        }
    }
}
