using System.Text.Json;
using System.Text.Json.Serialization;
using Changji.Cli;
using Changji.Pipeline.Ports;
using Changji.Pipeline.UseCases;
using Changji.Storage.Local;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Changji.Pipeline.Tests.Support;

/// <summary>
/// An output folder run through <c>changji run</c>'s own composition (<see cref="LocalHost"/>), with or without
/// <see cref="UnchangedRecompute"/> (undecorated: the pipeline's <see cref="RecomputeYears"/> itself), counting how
/// often a recompute really ran (it lists the years with facts once per run; nothing else does).
/// </summary>
internal sealed class RecomputeOutput(string root, string input, FixedClock clock, bool undecorated = false)
{
    private static readonly JsonSerializerOptions Json = new(PipelineJson.Options) { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public string Root { get; } = root;
    public Dictionary<string, string?> Settings { get; } = [];
    public int Recomputes { get; private set; }

    /// <param name="year">As <c>changji run --year</c>: that year's files and a recompute of that year alone.</param>
    public async Task<RunSummary> RunAsync(int? year = null)
    {
        var services = LocalHost.Register(new ServiceCollection(), new LocalFolders(Root, input), clock, Settings);
        services.AddSingleton<IFactStore>(sp => new CountingFacts(sp.GetRequiredService<SqliteInformationStore>(), () => Recomputes++));
        if (undecorated)
        {
            services.AddSingleton<IRecomputeYears>(sp => sp.GetRequiredService<RecomputeYears>());
        }

        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        return await provider.GetRequiredService<RunPipeline>().RunAsync(year);
    }

    /// <summary>Everything a run returns, as text: two summaries are the same when these are.</summary>
    public static string Describe(RunSummary summary) => JsonSerializer.Serialize(summary, Json);

    /// <summary>Relative path → SHA-256 and last write time of every file under the given folders.</summary>
    public IReadOnlyDictionary<string, (string Sha256, DateTime Written)> Files(params string[] folders) =>
        folders.Select(f => Path.Combine(Root, f)).Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .ToDictionary(p => Path.GetRelativePath(Root, p), p => (StableId.Sha256Hex(File.ReadAllBytes(p)), File.GetLastWriteTimeUtc(p)));

    /// <summary>The ledger and outbox rows, sent or not: what a recompute and a drain change in the database.</summary>
    public IReadOnlyList<string> LedgerRows()
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(Root, "infodb.sqlite"), Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT alert_id || ' ' || payload FROM alerts UNION ALL SELECT message_id || ' ' || payload || ' ' || COALESCE(sent_at, '-') FROM outbox ORDER BY 1";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private sealed class CountingFacts(IFactStore inner, Action listed) : IFactStore
    {
        public Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default)
        {
            listed();
            return inner.YearsAsync(cancellationToken);
        }

        public Task<Changji.Evaluation.Facts.CountyYear> LoadYearAsync(int year, CancellationToken cancellationToken = default) => inner.LoadYearAsync(year, cancellationToken);

        public Task<IReadOnlyList<string?>> CountiesAsync(int year, CancellationToken cancellationToken = default) => inner.CountiesAsync(year, cancellationToken);

        public Task<Changji.Evaluation.Facts.CountyYear> LoadCountyYearAsync(int year, string? county, CancellationToken cancellationToken = default) =>
            inner.LoadCountyYearAsync(year, county, cancellationToken);
    }
}
