using Changji.Evaluation.Catalogue;
using Changji.Pipeline.Alerts;
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

        if (options.MaxFileBytes <= 0)
        {
            failures.Add($"Setting {nameof(PipelineOptions.MaxFileBytes)} = {options.MaxFileBytes} must be a positive number of bytes.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
