using Azure.Data.Tables;

namespace Changji.Storage.Azure.Tables;

/// <summary>
/// An upper bound of what one entity adds to a batch request: every string character counted as a
/// six-byte JSON escape (<c>\uXXXX</c>, the worst case), plus each operation's multipart headers and URL.
/// Over-estimating only makes batches smaller; under-estimating would make Azure reject them.
/// </summary>
public static class EntitySize
{
    /// <summary>Multipart boundary, request line with both keys, headers: generous.</summary>
    public const int PerOperationOverhead = 1024;

    public static long Estimate(ITableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        long size = PerOperationOverhead + (3L * 6 * (entity.PartitionKey.Length + entity.RowKey.Length));
        if (entity is not IDictionary<string, object> properties)
        {
            return size;
        }

        foreach (var (name, value) in properties)
        {
            size += 16 + (6L * name.Length) + value switch
            {
                string s => 6L * s.Length,
                byte[] b => (b.Length + 2) / 3 * 4,
                null => 4,
                _ => 64, // numbers, booleans, dates, GUIDs with their odata type annotation
            };
        }

        return size;
    }
}
