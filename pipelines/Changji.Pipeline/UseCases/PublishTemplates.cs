using Changji.Pipeline.Ports;
using Changji.Pipeline.Recompute;
using Changji.Pipeline.Templates;

namespace Changji.Pipeline.UseCases;

/// <summary>
/// Publishes the three steward templates of the current school year (the Beijing date decides: from 1 September the
/// new one) to <c>templates/{year}/</c>, each school of the information database's latest year prefilled, as
/// <c>changji template --from</c> does. Idempotent: the same templates again are not rewritten, so a timer that
/// fires twice, or a rerun, changes nothing. Called by the Azure <c>PublishTemplates</c> timer each September.
/// </summary>
public sealed class PublishTemplates(IFactStore facts, ITemplateStore templates, SchoolCalendar calendar)
{
    public async Task<TemplatesResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var year = calendar.CurrentSchoolYear;
        var schools = await TemplateSchools.LatestAsync(facts, cancellationToken).ConfigureAwait(false);
        var names = new List<string>();
        var written = 0;
        foreach (var file in StewardTemplates.Build(year, schools))
        {
            var name = TemplatesResult.NameOf(year, file.FileName);
            names.Add(name);
            if (await templates.WriteAsync(name, file.Content, cancellationToken).ConfigureAwait(false))
            {
                written++;
            }
        }

        return new TemplatesResult(year, schools.Count, names, written);
    }
}

/// <param name="Files">Names under <c>templates/</c>, e.g. <c>2026/学校基础数据.xlsx</c>.</param>
/// <param name="Written">How many were new or changed (0 on a rerun).</param>
public sealed record TemplatesResult(int Year, int Schools, IReadOnlyList<string> Files, int Written)
{
    public static string NameOf(int year, string fileName) => $"{year}/{fileName}";
}
