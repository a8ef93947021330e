using Azure;
using Changji.Pipeline.Alerts;
using Polly;
using Polly.Retry;

namespace Changji.Storage.Azure.Resilience;

/// <summary>
/// The one retry policy of the Azure adapters, in Polly, with the clock and the randomness injected
/// so tests decide both. Azure only: the embedded store has a single writer and needs none of it.
/// </summary>
public sealed class AzureResilience
{
    /// <summary>Attempts of an optimistic write before the conflict is let through (two writers rarely collide more than twice).</summary>
    public const int ConflictAttempts = 12;

    /// <summary>Attempts to commit a blob's block list that a concurrent publisher voided.</summary>
    public const int CommitAttempts = 5;

    private readonly TimeProvider clock;

    public AzureResilience(TimeProvider clock, Func<double> randomizer)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(randomizer);
        this.clock = clock;
        Conflicts = new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<RequestFailedException>(IsConflict),
                MaxRetryAttempts = ConflictAttempts - 1,
                BackoffType = DelayBackoffType.Linear,
                Delay = TimeSpan.FromMilliseconds(25),
                // Jitter, so two writers that collided do not collide again in lockstep.
                UseJitter = true,
                Randomizer = randomizer,
            })
            .Build();
        BlockListCommits = new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<RequestFailedException>(e => e.ErrorCode == "InvalidBlockList"),
                MaxRetryAttempts = CommitAttempts - 1,
                Delay = TimeSpan.Zero,
            })
            .Build();
    }

    /// <summary>
    /// Optimistic concurrency: an attempt reads, decides and writes with ETag conditions (or inserts that
    /// fail when the row appeared meanwhile). When another writer got there first (412 or 409) the whole
    /// attempt runs again from its read, so neither writer's change is lost.
    /// </summary>
    public ResiliencePipeline Conflicts { get; }

    /// <summary>A commit discards other uncommitted blocks of the blob, so a concurrent publisher can void ours: stage again and commit.</summary>
    public ResiliencePipeline BlockListCommits { get; }

    /// <summary>Runs an optimistic read-decide-write attempt under <see cref="Conflicts"/>.</summary>
    public Task<T> OnConflictAsync<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken) =>
        Conflicts.ExecuteAsync(static async (a, ct) => await a(ct).ConfigureAwait(false), attempt, cancellationToken).AsTask();

    public Task OnConflictAsync(Func<CancellationToken, Task> attempt, CancellationToken cancellationToken) =>
        Conflicts.ExecuteAsync(static async (a, ct) => await a(ct).ConfigureAwait(false), attempt, cancellationToken).AsTask();

    public static bool IsConflict(RequestFailedException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Status is 409 or 412;
    }

    /// <summary>Runs again, at once, until <paramref name="settled"/> holds or an ETag conflict (or a changed alert ledger) stops recurring, at most <paramref name="maxAttempts"/> times; the last result is returned either way.</summary>
    public ResiliencePipeline<T> UntilSettled<T>(Func<T, bool> settled, int maxAttempts)
    {
        ArgumentNullException.ThrowIfNull(settled);
        return new ResiliencePipelineBuilder<T> { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions<T>
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception switch
                {
                    RequestFailedException error => IsConflict(error),
                    // Decided from a ledger another writer changed since: decide again from fresh reads.
                    AlertLedgerChangedException => true,
                    null => !settled(args.Outcome.Result!),
                    _ => false,
                }),
                MaxRetryAttempts = maxAttempts - 1,
                Delay = TimeSpan.Zero,
            })
            .Build();
    }

    /// <summary>A thread-safe randomizer over one <see cref="Random"/>, for the composition root.</summary>
    public static Func<double> Randomizer(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var gate = new object();
        return () =>
        {
            lock (gate)
            {
                return random.NextDouble();
            }
        };
    }
}
