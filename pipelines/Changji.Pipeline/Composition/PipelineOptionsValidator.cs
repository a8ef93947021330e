using Changji.Evaluation.Catalogue;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Counties;
using Changji.Pipeline.Reports;
using Microsoft.Extensions.Options;

namespace Changji.Pipeline.Composition;

/// <summary>Every failure names the setting, so whoever deploys knows what to fix before a file arrives.</summary>
public sealed class PipelineOptionsValidator : IValidateOptions<PipelineOptions>
{
    public ValidateOptionsResult Validate(string? name, PipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!Catalogue.Builtin.TryGet(options.EvaluationProfile, out _))
        {
            failures.Add($"Setting {nameof(PipelineOptions.EvaluationProfile)} = '{options.EvaluationProfile}' is not a profile ({string.Join(", ", Catalogue.Builtin.Names)}).");
        }

        try
        {
            AlertSettings.WithDeadlines(options.SubmissionDeadlines);
        }
        catch (FormatException error)
        {
            failures.Add($"Setting {nameof(PipelineOptions.SubmissionDeadlines)}: {error.Message}");
        }

        foreach (var (setting, days) in new[]
                 {
                     (nameof(PipelineOptions.RectificationDaysHigh), options.RectificationDaysHigh),
                     (nameof(PipelineOptions.RectificationDaysMedium), options.RectificationDaysMedium),
                     (nameof(PipelineOptions.RectificationDaysLow), options.RectificationDaysLow),
                 })
        {
            if (days is <= 0 or > 3650)
            {
                failures.Add($"Setting {setting} = {days} must be a number of days from 1 to 3650.");
            }
        }

        if (!HomeCounty.IsCode(options.County))
        {
            failures.Add($"Setting {nameof(PipelineOptions.County)} = '{options.County}' must be a 6-digit 县级行政区划代码 (652301 for 昌吉市).");
        }

        if (!DocumentScopeCodes.Map.TryParse(options.Documents, out _))
        {
            failures.Add($"Setting {nameof(PipelineOptions.Documents)} = '{options.Documents}' must be one of all, reports, home, none.");
        }

        if (options.MaxFileBytes <= 0)
        {
            failures.Add($"Setting {nameof(PipelineOptions.MaxFileBytes)} = {options.MaxFileBytes} must be a positive number of bytes.");
        }

        if (options.MaxRows <= 0)
        {
            failures.Add($"Setting {nameof(PipelineOptions.MaxRows)} = {options.MaxRows} must be a positive number of rows.");
        }

        if (options.RowsPerChunk <= 0)
        {
            failures.Add($"Setting {nameof(PipelineOptions.RowsPerChunk)} = {options.RowsPerChunk} must be a positive number of rows.");
        }

        if (options.InMemoryFileBytes < 0)
        {
            failures.Add($"Setting {nameof(PipelineOptions.InMemoryFileBytes)} = {options.InMemoryFileBytes} must be 0 or a positive number of bytes.");
        }

        if (options.MaxFindingsPerCode <= 0)
        {
            failures.Add($"Setting {nameof(PipelineOptions.MaxFindingsPerCode)} = {options.MaxFindingsPerCode} must be a positive number of findings.");
        }

        if (!string.IsNullOrWhiteSpace(options.AsOf) && options.AsOfInstant is null)
        {
            failures.Add($"Setting {nameof(PipelineOptions.AsOf)} = '{options.AsOf}' is not an ISO 8601 instant with an offset, e.g. 2025-11-01T09:00+08:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
