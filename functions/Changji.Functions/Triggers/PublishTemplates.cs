using Changji.Functions.Configuration;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Changji.Functions.Triggers;

/// <summary>
/// Timer (<c>TemplatesSchedule</c>, NCRONTAB in UTC; default <c>0 0 1 1 9 *</c> = 01:00 UTC on 1 September, i.e. 09:00
/// Beijing time): the three steward templates of the school year just begun, schools prefilled from the information
/// database, to the <c>templates</c> container under <c>{year}/</c>. Idempotent: unchanged templates are not rewritten.
/// </summary>
public sealed class PublishTemplates(Pipeline.UseCases.PublishTemplates publish, ILogger<PublishTemplates> logger)
{
    [Function(nameof(PublishTemplates))]
    public async Task RunAsync([TimerTrigger(TriggerNames.TemplatesSchedule, RunOnStartup = false)] TimerInfo timer, CancellationToken cancellationToken)
    {
        var result = await publish.RunAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Templates {Year} published ({Schools} schools prefilled, {Written} written): {Files}",
            result.Year, result.Schools, result.Written, string.Join(", ", result.Files));
    }
}
