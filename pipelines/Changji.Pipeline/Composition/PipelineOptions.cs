using Changji.Evaluation.Catalogue;
using Changji.Ingestion;

namespace Changji.Pipeline.Composition;

/// <summary>
/// The pipeline's settings, bound from configuration keys of the same names (app settings in Azure,
/// options of <c>changji run</c> locally) and validated when the host starts (<see cref="PipelineOptionsValidator"/>).
/// </summary>
public sealed class PipelineOptions
{
    /// <summary>Setting <c>EvaluationProfile</c>: the version of the standard to evaluate against. Default <c>changji-2022</c>.</summary>
    public string EvaluationProfile { get; set; } = Catalogue.DefaultProfileName;

    /// <summary>Setting <c>SubmissionDeadlines</c>: <c>statistics=10-31;funding=12-31;county=12-31</c>; empty for those defaults.</summary>
    public string? SubmissionDeadlines { get; set; }

    /// <summary>Setting <c>MaxFileBytes</c>: a file larger than this is refused unread. Default 20 MiB; a county's file is a few hundred KiB.</summary>
    public long MaxFileBytes { get; set; } = IngestionOptions.Default.MaxFileBytes;
}
