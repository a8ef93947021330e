using Changji.Pipeline.Ports;
using Microsoft.Extensions.Logging;

namespace Changji.Functions.Monitoring;

/// <summary>
/// The depth of each poison queue, written by every Reconcile run as one log line per queue,
/// <c>PoisonQueueDepth {queue}={messages}</c>, zero included. The host forwards it to Application
/// Insights (<c>traces</c>), where the alert <c>poison-queue-not-empty</c> (infra/modules/operations.bicep)
/// parses the last value per queue: a log line is the one metric channel the isolated worker has without
/// a telemetry SDK of its own, and it keeps the format in one place.
/// </summary>
public static class PoisonDepthLog
{
    /// <summary>What the alert query matches on (<c>message startswith</c>) and parses after.</summary>
    public const string Prefix = "PoisonQueueDepth ";

    public static void Write(ILogger logger, IReadOnlyList<PoisonQueueDepth> depths)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(depths);
        foreach (var depth in depths)
        {
            logger.LogInformation(Prefix + "{Queue}={Depth}", depth.Queue, depth.Messages);
        }
    }
}
