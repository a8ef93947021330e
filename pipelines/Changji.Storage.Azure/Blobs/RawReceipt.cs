using System.Globalization;

namespace Changji.Storage.Azure.Blobs;

/// <summary>
/// The metadata of a <c>raw/</c> blob that say where and when it was received. The receipt sequence is the
/// receipt instant in UTC ticks (100 ns), zero-padded to 19 digits so that text order is receipt order;
/// it survives a copy of the blob to another account, which a creation time does not. Files of one year
/// are received one after the other under the year's lease, so their sequences follow their order.
/// </summary>
public static class RawReceipt
{
    public const string OriginalPath = "originalpath";
    public const string Sequence = "receiptsequence";

    public static string SequenceOf(DateTimeOffset receivedAt) => receivedAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>The receipt instant of a sequence, or null when it is not one.</summary>
    public static DateTimeOffset? InstantOf(string? sequence) =>
        sequence is { Length: 19 } && long.TryParse(sequence, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTimeOffset.MaxValue.UtcTicks
            ? new DateTimeOffset(ticks, TimeSpan.Zero)
            : null;
}
