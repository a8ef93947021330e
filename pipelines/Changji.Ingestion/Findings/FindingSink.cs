using Changji.Text;

namespace Changji.Ingestion.Findings;

/// <summary>
/// Collects the findings of one file; knows the file and sheet every finding is located in. Keeps at
/// most <c>maxPerCode</c> findings of each code and only counts the rest, which become one summary
/// finding per code: memory, the report and the information database do not grow with a bad file.
/// </summary>
internal sealed class FindingSink(string file, int maxPerCode = int.MaxValue)
{
    private readonly List<Finding> items = [];
    private readonly Dictionary<string, CodeTally> tallies = new(StringComparer.Ordinal);

    public string File { get; } = file;
    public string? Sheet { get; set; }

    /// <summary>The findings kept, then one summary per code that had more than the cap.</summary>
    public IReadOnlyList<Finding> Items => [.. items, .. tallies.Where(t => t.Value.Dropped > 0).Select(t => Summary(t.Key, t.Value))];

    /// <summary>True once an error without a row was added: such an error rejects the whole file.</summary>
    public bool HasFileError { get; private set; }

    public void Error(string code, int? row, string? column, string? value, string problem, string expected) =>
        Add(Severity.Error, code, row, column, value, problem, expected);

    public void Warning(string code, int? row, string? column, string? value, string problem, string expected) =>
        Add(Severity.Warning, code, row, column, value, problem, expected);

    /// <summary>An error that rejects the file even though it points at a row (header, year).</summary>
    public void FileError(string code, int? row, string? column, string? value, string problem, string expected)
    {
        Add(Severity.Error, code, row, column, value, problem, expected);
        HasFileError = true;
    }

    private void Add(Severity severity, string code, int? row, string? column, string? value, string problem, string expected)
    {
        if (severity == Severity.Error && row is null)
        {
            HasFileError = true;
        }

        if (!tallies.TryGetValue(code, out var tally))
        {
            tally = new CodeTally(severity, Sheet);
            tallies[code] = tally;
        }

        // Past the cap only the count grows: no message is even composed.
        if (tally.Kept >= maxPerCode)
        {
            tally.Dropped++;
            return;
        }

        tally.Kept++;
        items.Add(new Finding
        {
            File = File,
            Sheet = Sheet,
            Row = row,
            Column = column,
            Value = value,
            Expected = expected,
            Severity = severity,
            Code = code,
            MessageZh = FindingMessage.Compose(File, Sheet, row, column, value, problem, expected),
        });
    }

    /// <summary>「…另有 549 800 行同类问题…」: under the code it summarises, so reports group it with its kind.</summary>
    private Finding Summary(string code, CodeTally tally)
    {
        var count = FindingMessage.GroupDigits(tally.Dropped);
        var expected = ZhCn.Format("finding.more_of_code.expected", ("max", maxPerCode));
        return new Finding
        {
            File = File,
            Sheet = tally.Sheet,
            Value = count,
            Expected = expected,
            Severity = tally.Severity,
            Code = code,
            MessageZh = FindingMessage.Compose(File, tally.Sheet, null, null, null,
                ZhCn.Format("finding.more_of_code.problem", ("count", count), ("code", code)), expected),
        };
    }

    private sealed class CodeTally(Severity severity, string? sheet)
    {
        public Severity Severity { get; } = severity;
        public string? Sheet { get; } = sheet;
        public int Kept { get; set; }
        public long Dropped { get; set; }
    }
}
