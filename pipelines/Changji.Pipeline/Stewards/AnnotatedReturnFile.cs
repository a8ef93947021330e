namespace Changji.Pipeline.Stewards;

/// <summary>An annotated return as downloaded: the name the steward's browser saves it under, and its bytes.</summary>
public sealed record AnnotatedReturnFile(string FileName, byte[] Content);
