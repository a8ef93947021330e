namespace Changji.Pipeline.Submissions;

/// <summary>
/// Who put a file into <c>incoming/</c> through the stewards' page: the signed-in user's display name
/// and object id in Azure, the OS user locally. Null on a file dropped by other means (Storage Explorer, a copy).
/// </summary>
public sealed record Uploader
{
    public Uploader(string name, string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Name = name.Trim();
        Id = id.Trim();
    }

    /// <summary>The name people read (显示名称).</summary>
    public string Name { get; }

    /// <summary>A stable identity: the Entra object id, or the local user name.</summary>
    public string Id { get; }
}
