using Changji.Evaluation.Engine;
using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Facts;
using Changji.Ingestion;
using Changji.Pipeline.Alerts;
using Changji.Text;

namespace Changji.Pipeline.Reports;

public static partial class SchoolBooklet
{
    private static void Facts(ReportDocument doc, SchoolStatistics s)
    {
        var table = doc.Table(ZhCn.Text("report.booklet.facts.column.item"), ZhCn.Text("report.booklet.facts.column.value"));
        table.Add(ZhCn.Text("report.booklet.facts.code"), s.SchoolCode);
        table.Add(ZhCn.Text("report.booklet.facts.name"), s.SchoolName);
        table.Add(ZhCn.Text("report.booklet.facts.type"), s.SchoolType.ToChinese());
        table.Add(ZhCn.Text("report.booklet.facts.urban_rural"), s.UrbanRural.ToChinese());
        table.Add(ZhCn.Text("report.booklet.facts.sponsor"), s.Sponsor.ToChinese());
        table.Add(ZhCn.Text("report.booklet.facts.township"), s.Township ?? "—");
        table.Add(ZhCn.Text("report.booklet.facts.students"), ZhCn.Format("report.booklet.facts.by_level", ("primary", s.PrimaryStudents), ("junior", s.JuniorStudents)));
        table.Add(ZhCn.Text("report.booklet.facts.classes"), ZhCn.Format("report.booklet.facts.by_level", ("primary", s.PrimaryClasses), ("junior", s.JuniorClasses)));
        table.Add(ZhCn.Text("report.booklet.facts.max_class_size"), ZhCn.Format("report.booklet.facts.by_level", ("primary", Int(s.PrimaryMaxClassSize)), ("junior", Int(s.JuniorMaxClassSize))));
        table.Add(ZhCn.Text("report.booklet.facts.teachers"), ZhCn.Format("report.booklet.facts.by_level", ("primary", s.PrimaryTeachers), ("junior", s.JuniorTeachers)));
        table.Add(ZhCn.Text("report.booklet.facts.rooms"), ZhCn.Format("report.booklet.facts.rooms_value", ("music", Int(s.MusicRooms)), ("art", Int(s.ArtRooms)), ("multimedia", Int(s.MultimediaClassrooms))));
    }

    /// <summary>Each level's L1–L7: the school's value, threshold, floor, status and the gap in whole teachers and rooms.</summary>
    private static void Indicators(ReportDocument doc, BookletIndex index, SchoolStatistics school)
    {
        var input = index.Input;
        var year = index.Current;
        foreach (var level in Levels(index, school.SchoolCode))
        {
            var unit = year.Units[school.SchoolCode].First(u => u.Level == level);
            if (!unit.InScope)
            {
                doc.Paragraph(ZhCn.Format("report.booklet.indicators.out_of_scope", ("level", level.ToChinese()), ("reason", unit.ExclusionReasonZh ?? "")));
                continue;
            }

            var rule = year.Compliance[school.SchoolCode].FirstOrDefault(c => c.Level == level);
            doc.Paragraph(ZhCn.Format("report.booklet.indicators.rule", ("level", level.ToChinese()), ("status", rule?.Status.ToChinese() ?? "—"),
                ("met", rule?.IndicatorsMet ?? 0), ("count", input.Profile.SchoolIndicators.Count)));
            var table = doc.Table(
                ZhCn.Text("report.self_evaluation.items.column.indicator"),
                ZhCn.Text("report.booklet.indicators.column.value"),
                ZhCn.Text("report.booklet.indicators.column.threshold"),
                ZhCn.Format("report.booklet.indicators.column.floor", ("floor_percent", IndicatorText.FloorPercent(input.Profile))),
                ZhCn.Text("report.self_evaluation.items.column.status"),
                ZhCn.Text("report.self_evaluation.resource.column.gaps"));
            foreach (var r in year.Indicators[school.SchoolCode].Where(r => r.Level == level))
            {
                var status = r.AboveFloor == false ? ZhCn.Text("report.booklet.indicators.below_floor") : r.Status.ToChinese();
                table.Add(ZhCn.Format("indicator.named", ("code", r.IndicatorCode), ("name", input.Profile.Get(r.IndicatorCode).NameZh)),
                    Num(r.Value), Num(r.Threshold), Num(r.Floor), status,
                    r.Met == false ? SelfEvaluationReport.Gap(r.Gap, IndicatorText.NumeratorUnit(input.Profile, r.IndicatorCode)) : "—");
            }
        }
    }

    /// <summary>Every year of the information database up to this one: the level's seven values and the school rule.</summary>
    private static void Trend(ReportDocument doc, BookletIndex index, SchoolStatistics school)
    {
        var codes = index.Input.Profile.SchoolIndicators.Select(i => i.Code).ToList();
        foreach (var level in Levels(index, school.SchoolCode))
        {
            var table = doc.Table([ZhCn.Format("report.booklet.trend.column.year", ("level", level.ToChinese())), .. codes, ZhCn.Text("report.booklet.trend.column.rule")]);
            foreach (var y in index.History)
            {
                var values = y.Indicators[school.SchoolCode].Where(r => r.Level == level).ToDictionary(r => r.IndicatorCode, StringComparer.Ordinal);
                if (values.Count == 0)
                {
                    continue;
                }

                var rule = y.Compliance[school.SchoolCode].FirstOrDefault(c => c.Level == level);
                table.Add([ZhCn.Format("report.self_evaluation.rectification.opened_year", ("year", y.Year)), .. codes.Select(c => Num(values.GetValueOrDefault(c)?.Value)), rule?.Status.ToChinese() ?? "—"]);
            }
        }
    }

    /// <summary>The guarantee items (class size, school size, music and art rooms…) that name this school among their failures.</summary>
    private static void Items(ReportDocument doc, BookletIndex index, SchoolStatistics school)
    {
        var input = index.Input;
        var failures = index.Failures[school.SchoolCode].ToList();
        if (failures.Count == 0)
        {
            doc.Paragraph(ZhCn.Text("report.booklet.items.none"));
            return;
        }

        var table = doc.Table(ZhCn.Text("report.self_evaluation.items.column.code"), ZhCn.Text("report.self_evaluation.items.column.indicator"), ZhCn.Text("report.self_evaluation.items.column.note"));
        foreach (var (item, failure) in failures)
        {
            table.Add(item.IndicatorCode, input.Profile.Get(item.IndicatorCode).NameZh, failure.DetailZh);
        }
    }

    /// <summary>Open ledger lines about the school at the end of the year, with their owners and deadlines.</summary>
    private static void Rectification(ReportDocument doc, BookletIndex index, SchoolStatistics school)
    {
        var open = index.OpenAtYearEnd[school.SchoolCode].OrderBy(a => a.OpenedYear).ThenBy(a => a.MessageZh, StringComparer.Ordinal).ToList();
        RectificationTable.Write(doc, open, withOpenedYear: false);
    }
}
