using Changji.Text;

namespace Changji.Pipeline.Reports;

/// <summary>The setting's values: <c>all</c>, <c>reports</c>, <c>home</c>, <c>none</c>.</summary>
public static class DocumentScopeCodes
{
    public static CodeMap<DocumentScope> Map { get; } = new("document_scope",
        (DocumentScope.All, "all"),
        (DocumentScope.Reports, "reports"),
        (DocumentScope.Home, "home"),
        (DocumentScope.None, "none"));
}
