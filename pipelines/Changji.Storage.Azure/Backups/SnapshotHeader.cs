namespace Changji.Storage.Azure.Backups;

/// <summary>
/// The first line of a snapshot: what it is (<see cref="FormatName"/>, <see cref="CurrentVersion"/>), when it
/// was taken and which tables it holds, by their unprefixed names (<c>AzureStorageNames.Default</c>), so a
/// snapshot restores into a deployment whatever its name prefix.
/// </summary>
public sealed record SnapshotHeader(string Format, int Version, DateTimeOffset CreatedUtc, IReadOnlyList<string> Tables)
{
    public const string FormatName = "changji-tables";

    /// <summary>Raised on any change a reader of version 1 could not take; a reader refuses versions it does not know.</summary>
    public const int CurrentVersion = 1;

    public static SnapshotHeader Now(DateTimeOffset createdUtc, IReadOnlyList<string> tables) => new(FormatName, CurrentVersion, createdUtc, tables);
}
