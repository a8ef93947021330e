using System.Reflection;

namespace Changji.Pipeline.Recompute;

/// <summary>
/// The code a recompute runs: every Changji assembly it reaches by its module version id (a deterministic
/// build gives a new one exactly when the code, the catalogue or the zh-CN texts change) and every other
/// library it references by name and version (Parquet, the document writers). A new build recomputes.
/// </summary>
internal static class PipelineBuild
{
    public static string Identity { get; } = Compute();

    private static string Compute()
    {
        var seen = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([typeof(PipelineBuild).Assembly]);
        while (pending.TryPop(out var assembly))
        {
            seen[assembly.GetName().Name!] = assembly.ManifestModule.ModuleVersionId.ToString();
            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => !seen.ContainsKey(r.Name!)))
            {
                if (reference.Name!.StartsWith("Changji.", StringComparison.Ordinal))
                {
                    seen[reference.Name] = "";
                    pending.Push(Assembly.Load(reference));
                }
                else
                {
                    seen[reference.Name] = reference.Version?.ToString() ?? "";
                }
            }
        }

        return string.Join(";", seen.Select(kv => kv.Key + "=" + kv.Value));
    }
}
