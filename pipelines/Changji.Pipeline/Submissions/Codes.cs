using Changji.Ingestion;

namespace Changji.Pipeline.Submissions;

/// <summary>The snake_case codes and Chinese names used in outputs for the ingestion and ledger enums.</summary>
public static class Codes
{
    public static string Of(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Accepted => "accepted",
        SubmissionStatus.PartiallyAccepted => "partially_accepted",
        _ => "rejected",
    };

    public static string Zh(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Accepted => "已接收",
        SubmissionStatus.PartiallyAccepted => "部分接收",
        _ => "已退回",
    };

    public static string Of(FileKind kind) => kind switch
    {
        FileKind.Statistics => "statistics",
        FileKind.Funding => "funding",
        _ => "county",
    };

    public static string Zh(FileKind? kind) => kind switch
    {
        FileKind.Statistics => "学校基础数据",
        FileKind.Funding => "学校经费数据",
        FileKind.County => "县级指标数据",
        _ => "未识别",
    };

    public static string Of(Severity severity) => severity == Severity.Error ? "error" : "warning";

    public static string Zh(Severity severity) => severity == Severity.Error ? "错误" : "警告";
}
