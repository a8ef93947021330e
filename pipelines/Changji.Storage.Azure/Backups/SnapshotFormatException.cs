namespace Changji.Storage.Azure.Backups;

/// <summary>A snapshot that is not one this code can restore exactly: another format or version, cut short, or damaged.</summary>
public sealed class SnapshotFormatException(string message) : Exception(message);
