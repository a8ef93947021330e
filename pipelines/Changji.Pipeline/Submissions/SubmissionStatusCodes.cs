using Changji.Text;

namespace Changji.Pipeline.Submissions;

/// <summary>Output codes of <see cref="SubmissionStatus"/> and by code their Chinese names.</summary>
public static class SubmissionStatusCodes
{
    public static CodeMap<SubmissionStatus> Map { get; } = new("submission_status",
        (SubmissionStatus.Accepted, "accepted"), (SubmissionStatus.PartiallyAccepted, "partially_accepted"), (SubmissionStatus.Rejected, "rejected"));

    public static string ToCode(this SubmissionStatus status) => Map.Code(status);

    public static string ToChinese(this SubmissionStatus status) => Map.Label(status);
}
