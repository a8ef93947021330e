using Azure;

namespace Changji.Storage.Azure.Tables;

/// <summary>
/// Optimistic concurrency: an attempt reads, decides and writes with ETag conditions (or inserts that
/// fail when the row appeared meanwhile). When another writer got there first (412 or 409) the whole
/// attempt runs again from its read, so neither writer's change is lost.
/// </summary>
public static class ConflictRetry
{
    public const int MaxAttempts = 12;

    public static bool IsConflict(RequestFailedException error) => error.Status is 409 or 412;

    public static async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        for (var i = 1; ; i++)
        {
            try
            {
                return await attempt(cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException error) when (IsConflict(error) && i < MaxAttempts)
            {
                // Jitter so two writers that collided do not collide again in lockstep.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(10, 40 * i)), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public static Task RunAsync(Func<CancellationToken, Task> attempt, CancellationToken cancellationToken) =>
        RunAsync<bool>(async ct =>
        {
            await attempt(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);
}
