using Changji.Evaluation.Engine;
using Changji.Evaluation.Results;
using Changji.Text;

namespace Changji.Evaluation.County;

/// <summary>
/// Collects the parts of an item (schools, or sub-rules such as G13's two rates): a failing part is
/// a failure, a part without data is missing; the item fails if any part fails, else is missing if any
/// part is missing. Notes name what failed or lacked data, in Chinese.
/// </summary>
internal sealed class SubChecks
{
    private const int NamesInNote = 10;
    private readonly List<ItemFailure> failures = [];
    private readonly List<string> missing = [];
    private readonly List<string> pending = [];
    private int met;

    public int Checked => met + failures.Count + missing.Count + pending.Count;
    public IReadOnlyList<ItemFailure> Failures => failures;

    public void Met() => met++;
    public void Fail(string subject, string detailZh) => failures.Add(new ItemFailure(subject, detailZh));

    /// <summary>A school fails: named for people, keyed by its code.</summary>
    public void Fail(Facts.SchoolStatistics school, string detailZh) => failures.Add(new ItemFailure(SchoolName(school), detailZh, school.SchoolCode));
    public void Missing(string subject) => missing.Add(subject);
    public void Pending(string subject) => pending.Add(subject);

    public ItemStatus Status =>
        failures.Count > 0 ? ItemStatus.NotMet
        : missing.Count > 0 ? ItemStatus.Missing
        : pending.Count > 0 ? ItemStatus.EvidencePending
        : ItemStatus.Met;

    /// <summary>Share of checked parts that meet the rule, in % (null when nothing was checked).</summary>
    public double? MetPercent => Checked == 0 ? null : 100.0 * met / Checked;

    public string Note(string subjectKindZh)
    {
        var note = ZhCn.Format(
            "county.note.summary",
            ("checked", Checked), ("kind", subjectKindZh), ("met", met), ("not_met", failures.Count), ("missing", missing.Count));
        if (pending.Count > 0)
        {
            note += ZhCn.Format("county.note.pending_count", ("count", pending.Count));
        }

        if (failures.Count > 0)
        {
            note += ZhCn.Format("county.note.not_met_names", ("names", Names(failures.Select(f => f.Subject).ToList())));
        }

        if (missing.Count > 0)
        {
            note += ZhCn.Format("county.note.missing_names", ("names", Names(missing)));
        }

        if (pending.Count > 0)
        {
            note += ZhCn.Format("county.note.pending_names", ("names", Names(pending)));
        }

        return note;
    }

    public static string SchoolName(Facts.SchoolStatistics school) => ZhCn.Format("school.named", ("name", school.SchoolName), ("code", school.SchoolCode));

    private static string Names(List<string> names) =>
        names.Count <= NamesInNote
            ? string.Join("、", names)
            : ZhCn.Format("county.note.more_names", ("names", string.Join("、", names.Take(NamesInNote))), ("count", names.Count));

    public static ItemStatus Combine(ItemStatus a, ItemStatus b) => StatusOrder.Worst(a, b);
}
