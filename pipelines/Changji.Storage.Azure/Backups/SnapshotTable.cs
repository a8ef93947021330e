namespace Changji.Storage.Azure.Backups;

/// <summary>Each table of the information database: its name in a snapshot (unprefixed) and in this deployment.</summary>
public sealed record SnapshotTable(string Name, string Deployed)
{
    /// <summary>Every table the Azure adapters use (<see cref="AzureStorageNames.Tables"/>), in their order.</summary>
    public static IReadOnlyList<SnapshotTable> Of(AzureStorageNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return [.. AzureStorageNames.Default.Tables.Zip(names.Tables, (name, deployed) => new SnapshotTable(name, deployed))];
    }
}
