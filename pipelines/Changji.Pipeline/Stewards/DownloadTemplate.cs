using Changji.Ingestion;
using Changji.Pipeline.Ports;
using Changji.Pipeline.Templates;
using Changji.Text;

namespace Changji.Pipeline.Stewards;

/// <summary>
/// One steward template for the page's year choice, built on request with each school of the information
/// database's latest year prefilled (as <c>changji template --from</c> and <see cref="UseCases.PublishTemplates"/>
/// do), so both hosts serve it without depending on the September timer having published it. The kind is its
/// output code (<c>statistics</c>, <c>funding</c>, <c>county</c>); a year the page does not offer is not served.
/// </summary>
public sealed class DownloadTemplate(IFactStore facts, StewardYears years)
{
    public const string ContentType = ReadAnnotatedReturn.ContentType;

    public async Task<TemplateDownload> RunAsync(int year, string kind, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (!FileKindCodes.Map.TryParse(kind, out var fileKind))
        {
            return TemplateDownload.Missing(ZhCn.Text("steward.template.unknown_kind"));
        }

        if (!(await years.RunAsync(cancellationToken).ConfigureAwait(false)).Years.Contains(year))
        {
            return TemplateDownload.Missing(ZhCn.Format("steward.template.unknown_year", ("year", year)));
        }

        var schools = await TemplateSchools.LatestAsync(facts, cancellationToken).ConfigureAwait(false);
        return new TemplateDownload(StewardTemplates.Build(fileKind, year, schools), null);
    }
}
