using Changji.Pipeline.Alerts;
using Changji.Pipeline.Composition;
using Changji.Pipeline.Tests.Support;
using Changji.Storage.Local;

namespace Changji.Pipeline.Tests.UseCases;

/// <summary>
/// Property: over any sequence of runs, with files arriving, time passing, outputs deleted, another writer in
/// the ledger and settings changed between them, a pipeline that skips unchanged recomputes returns, writes,
/// sends and stores exactly what one that always recomputes does.
/// </summary>
public sealed class UnchangedRecomputePropertyTests : IDisposable
{
    private static readonly string[] Outputs = ["curated", "reports", "outbox"];
    private readonly TempFolder folder = new();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task RunSequence_Decorated_SameAsAlwaysRecomputing(int seed)
    {
        var random = new Random(seed);
        var clock = FixedClock.InSchoolYear2025();
        var input = folder.Combine("incoming");
        var pending = new Queue<string>(Directory.EnumerateFiles(RepoRoot.Samples, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).OrderBy(_ => random.Next()));
        Arrive(pending.Dequeue(), input);
        var skipping = new RecomputeOutput(folder.Combine("skipping"), input, clock);
        var always = new RecomputeOutput(folder.Combine("always"), input, clock, undecorated: true);
        skipping.Settings[nameof(PipelineOptions.Documents)] = always.Settings[nameof(PipelineOptions.Documents)] = "reports";
        var steps = new List<string>();

        for (var step = 0; step < 12; step++)
        {
            var change = random.Next(8);
            steps.Add(change.ToString(System.Globalization.CultureInfo.InvariantCulture));
            switch (change)
            {
                case 1: clock.Now = clock.Now.AddHours(random.Next(1, 9)); break;
                case 2: clock.Now = clock.Now.AddDays(random.Next(1, 120)); break;
                case 3 when pending.Count > 0: Arrive(pending.Dequeue(), input); break;
                case 4: DeleteOne(random, skipping, always); break;
                case 5: await BulletinAsync(clock, step, skipping, always); break;
                case 6:
                    var documents = random.Next(2) == 0 ? "none" : "reports";
                    skipping.Settings[nameof(PipelineOptions.Documents)] = always.Settings[nameof(PipelineOptions.Documents)] = documents;
                    break;
                default: break;
            }

            var year = random.Next(5) == 0 ? 2024 : (int?)null;
            var a = await skipping.RunAsync(year);
            var b = await always.RunAsync(year);

            var at = $"seed {seed}, steps {string.Join(",", steps)}";
            Assert.True(RecomputeOutput.Describe(b) == RecomputeOutput.Describe(a), $"summaries differ at {at}");
            Assert.True(Hashes(always) .SequenceEqual(Hashes(skipping)), $"outputs differ at {at}");
            Assert.True(always.LedgerRows().SequenceEqual(skipping.LedgerRows()), $"ledger differs at {at}");
        }

        Assert.Equal(12, always.Recomputes);
        Assert.InRange(skipping.Recomputes, 1, 11);
    }

    private static IEnumerable<(string, string)> Hashes(RecomputeOutput output) =>
        output.Files(Outputs).Select(f => (f.Key, f.Value.Sha256)).OrderBy(f => f.Key, StringComparer.Ordinal);

    private static void Arrive(string sample, string input)
    {
        var target = Path.Combine(input, Path.GetRelativePath(RepoRoot.Samples, sample));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(sample, target);
    }

    /// <summary>The same output of both deleted, as a person tidying the folder would.</summary>
    private static void DeleteOne(Random random, RecomputeOutput skipping, RecomputeOutput always)
    {
        var files = always.Files("curated", "reports").Keys.Order(StringComparer.Ordinal).ToList();
        if (files.Count > 0)
        {
            var file = files[random.Next(files.Count)];
            File.Delete(Path.Combine(skipping.Root, file));
            File.Delete(Path.Combine(always.Root, file));
        }
    }

    private static async Task BulletinAsync(FixedClock clock, int step, params RecomputeOutput[] outputs)
    {
        var notice = new AlertMessage
        {
            MessageId = "bulletin-" + step, AlertId = "bulletin", EventType = "bulletin", Rule = "bulletin", RuleNameZh = "督导通报",
            Severity = "low", Year = 2025, Subject = "652301", MessageZh = "通报", OccurredAtUtc = clock.Now.UtcDateTime,
        };
        foreach (var output in outputs)
        {
            await new SqliteInformationStore(Path.Combine(output.Root, "infodb.sqlite")).ApplyAsync(new AlertChanges([], [notice]));
        }
    }

    public void Dispose() => folder.Dispose();
}
