using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Changji.Pipeline.Submissions;

/// <summary>
/// The identity of a file refused on its stored length: it is never downloaded, so it cannot be known
/// by the SHA-256 of its bytes. It is the SHA-256 of its path, version and length instead (64 hex
/// digits, like a content hash, so it fits every place a submission's hash goes). A redelivered event
/// for the same upload finds it in the ledger; an overwrite (new version) is a new submission.
/// </summary>
public static class UnreadFileId
{
    public static string Of(IncomingFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var described = string.Join('\u001f', "unread", IncomingPath.Normalise(file.Path), file.Version, file.Length.ToString(CultureInfo.InvariantCulture));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(described)));
    }
}
