using System.Collections.Concurrent;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Ports;

namespace Changji.Testing.Azure;

/// <summary>Stands in for the Service Bus topic (no emulator here): keeps what was sent; fails the first <paramref name="failures"/> sends.</summary>
public sealed class RecordingSender(int failures = 0) : IAlertSender
{
    private int remainingFailures = failures;

    public ConcurrentQueue<AlertMessage> Sent { get; } = new();

    public Task SendAsync(AlertMessage message, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Decrement(ref remainingFailures) >= 0)
        {
            throw new InvalidOperationException("topic unavailable");
        }

        Sent.Enqueue(message);
        return Task.CompletedTask;
    }
}
