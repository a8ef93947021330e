using Changji.Ingestion;
using Changji.Text;

namespace Changji.Pipeline.Stewards;

/// <summary>
/// Every text of the stewards' page, from the zh-CN catalogue, served as JSON so the page holds no
/// sentence of its own. A placeholder stays as <c>{name}</c> for the page to fill.
/// </summary>
public static class StewardTexts
{
    public static IReadOnlyDictionary<string, string> All() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["title"] = ZhCn.Text("steward.page.title"),
        ["heading"] = ZhCn.Text("steward.page.heading"),
        ["intro"] = ZhCn.Text("steward.page.intro"),
        ["year_label"] = ZhCn.Text("steward.page.year_label"),
        ["year_option"] = ZhCn.Format("steward.page.year_option", ("year", "{year}")),
        ["drop_hint"] = ZhCn.Text("steward.page.drop_hint"),
        ["pick"] = ZhCn.Text("steward.page.pick"),
        ["limits"] = ZhCn.Format("steward.page.limits", ("extensions", "{extensions}"), ("max", "{max}")),
        ["uploading"] = ZhCn.Text("steward.page.uploading"),
        ["processing"] = ZhCn.Text("steward.page.processing"),
        ["still_processing"] = ZhCn.Text("steward.page.still_processing"),
        ["upload_failed"] = ZhCn.Format("steward.page.upload_failed", ("reason", "{reason}")),
        ["results_heading"] = ZhCn.Text("steward.page.results_heading"),
        ["rows_summary"] = ZhCn.Format("steward.page.rows_summary",
            ("read", "{read}"), ("accepted", "{accepted}"), ("rejected", "{rejected}"), ("errors", "{errors}"), ("warnings", "{warnings}")),
        ["duplicate"] = ZhCn.Format("steward.page.duplicate", ("received", "{received}"), ("name", "{name}")),
        ["report_link"] = ZhCn.Text("steward.page.report_link"),
        ["annotated_link"] = ZhCn.Text("steward.page.annotated_link"),
        ["templates_label"] = ZhCn.Text("steward.page.templates_label"),
        ["template.statistics"] = FileKind.Statistics.ToChinese(),
        ["template.funding"] = FileKind.Funding.ToChinese(),
        ["template.county"] = FileKind.County.ToChinese(),
        ["findings_heading"] = ZhCn.Text("steward.page.findings_heading"),
        ["no_findings"] = ZhCn.Text("steward.page.no_findings"),
        ["files_heading"] = ZhCn.Format("steward.page.files_heading", ("year", "{year}")),
        ["no_files"] = ZhCn.Text("steward.page.no_files"),
        ["refresh"] = ZhCn.Text("steward.page.refresh"),
        ["column.file"] = ZhCn.Text("steward.page.column.file"),
        ["column.kind"] = ZhCn.Text("steward.page.column.kind"),
        ["column.status"] = ZhCn.Text("steward.page.column.status"),
        ["column.accepted"] = ZhCn.Text("steward.page.column.accepted"),
        ["column.rejected"] = ZhCn.Text("steward.page.column.rejected"),
        ["column.uploader"] = ZhCn.Text("steward.page.column.uploader"),
        ["column.received"] = ZhCn.Text("steward.page.column.received"),
        ["column.report"] = ZhCn.Text("steward.page.column.report"),
        ["column.severity"] = ZhCn.Text("steward.page.column.severity"),
        ["column.sheet"] = ZhCn.Text("steward.page.column.sheet"),
        ["column.row"] = ZhCn.Text("steward.page.column.row"),
        ["column.column"] = ZhCn.Text("steward.page.column.column"),
        ["column.value"] = ZhCn.Text("steward.page.column.value"),
        ["column.message"] = ZhCn.Text("steward.page.column.message"),
        ["unknown_uploader"] = ZhCn.Text("steward.page.unknown_uploader"),
        ["help_heading"] = ZhCn.Text("steward.page.help_heading"),
        ["help.kinds"] = ZhCn.Text("steward.page.help.kinds"),
        ["help.statistics"] = ZhCn.Text("steward.page.help.statistics"),
        ["help.funding"] = ZhCn.Text("steward.page.help.funding"),
        ["help.county"] = ZhCn.Text("steward.page.help.county"),
        ["help.results"] = ZhCn.Text("steward.page.help.results"),
        ["help.formats"] = ZhCn.Text("steward.page.help.formats"),
    };
}
