using Changji.Cli;
using Changji.Pipeline.UseCases;
using Changji.Storage.Local;
using Microsoft.Extensions.DependencyInjection;

namespace Changji.Testing;

/// <summary>
/// An output folder of <c>changji run</c>, run through the command's own composition root
/// (<see cref="LocalHost"/>), so tests exercise the wiring users get. Linked into the test projects
/// that reference the CLI.
/// </summary>
public sealed class LocalOutput(string root)
{
    private SqliteInformationStore? store;

    public string Root { get; } = Path.GetFullPath(root);
    public SqliteInformationStore Store => store ??= new SqliteInformationStore(Path.Combine(Root, "infodb.sqlite"));
    public string RawFolder => Path.Combine(Root, "raw");
    public string ReportsFolder => Path.Combine(Root, "reports");
    public string CuratedFolder => Path.Combine(Root, "curated");
    public string OutboxFolder => Path.Combine(Root, "outbox");

    /// <summary>The main job over <paramref name="input"/> (as incoming/), with settings as app settings would give them; a null clock is the real one, or the <c>AsOf</c> setting.</summary>
    public async Task<RunSummary> RunAsync(string input, TimeProvider? clock, int? year = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        using var services = LocalHost.Build(new LocalFolders(Root, input), clock, settings);
        return await services.GetRequiredService<RunPipeline>().RunAsync(year);
    }
}
