using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.Stewards;

/// <summary>One file a steward uploads for a school year: its name as picked, the content type the browser sent, its bytes.</summary>
public sealed record UploadRequest(int Year, string FileName, string? ContentType, byte[] Content, Uploader Uploader);
