using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Changji.Pipeline.Ports;

namespace Changji.Storage.Azure.Locks;

/// <summary>
/// A blob per due year, <c>locks/region-due/{year}</c>: rewritten by every county run that published the year (a new
/// ETag each time), deleted by the step spanning counties only if its ETag is still the one the step read before
/// reading the counties' files (docs/azure.md, "Built: coalescing the step spanning counties").
/// </summary>
public sealed class BlobRegionMarks(BlobContainerClient container) : IRegionMarks
{
    public const string Prefix = "region-due/";

    public static string NameOf(int year) => Prefix + year.ToString(CultureInfo.InvariantCulture);

    public async Task MarkAsync(int year, CancellationToken cancellationToken = default) =>
        await container.GetBlobClient(NameOf(year)).UploadAsync(BinaryData.Empty, overwrite: true, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<int>> DueAsync(CancellationToken cancellationToken = default)
    {
        var years = new SortedSet<int>();
        await foreach (var blob in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, Prefix, cancellationToken).ConfigureAwait(false))
        {
            if (int.TryParse(blob.Name.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                years.Add(year);
            }
        }

        return [.. years];
    }

    public async Task<string?> ReadAsync(int year, CancellationToken cancellationToken = default)
    {
        try
        {
            return (await container.GetBlobClient(NameOf(year)).GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value.ETag.ToString();
        }
        catch (RequestFailedException error) when (error.Status == 404)
        {
            return null;
        }
    }

    public async Task<bool> ClearAsync(int year, string version, CancellationToken cancellationToken = default)
    {
        try
        {
            await container.GetBlobClient(NameOf(year)).DeleteAsync(
                conditions: new BlobRequestConditions { IfMatch = new ETag(version) }, cancellationToken: cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException error) when (error.Status is 412 or 404)
        {
            // Rewritten since it was read: a county published after the step read its files, and its own request follows.
            return false;
        }
    }
}
