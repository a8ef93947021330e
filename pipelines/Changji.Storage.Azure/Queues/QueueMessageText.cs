using System.Text;

namespace Changji.Storage.Azure.Queues;

/// <summary>
/// The JSON text of a queue message, whichever encoding its producer chose. host.json sets
/// <c>messageEncoding: none</c>, so the trigger hands over the message as stored: plain JSON (what
/// Event Grid's storage-queue delivery and <c>az storage message put</c> write) or Base64 of it (what
/// <c>RequestQueues</c> and older producers write). JSON always starts with <c>{</c> or <c>[</c>,
/// characters Base64 never contains, so the two cannot be confused.
/// </summary>
public static class QueueMessageText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The message's JSON: the message itself when it is JSON, else its Base64 decoding when that is JSON, else the message unchanged (the caller's parser then rejects it).</summary>
    public static string Decode(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (LooksLikeJson(message))
        {
            return message;
        }

        var trimmed = message.Trim();
        var buffer = new byte[trimmed.Length];
        if (!Convert.TryFromBase64String(trimmed, buffer, out var written))
        {
            return message;
        }

        try
        {
            var decoded = StrictUtf8.GetString(buffer, 0, written).TrimStart('\uFEFF');
            return LooksLikeJson(decoded) ? decoded : message;
        }
        catch (DecoderFallbackException)
        {
            return message;
        }
    }

    private static bool LooksLikeJson(string text)
    {
        var trimmed = text.AsSpan().TrimStart().TrimStart('\uFEFF');
        return trimmed.Length > 0 && trimmed[0] is '{' or '[';
    }
}
