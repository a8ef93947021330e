namespace Changji.SampleGenerator.Output;

/// <summary>One file a steward drops, with what the README says about it.</summary>
public sealed record SampleFile(string RelativePath, string Kind, string Format, string Notes, byte[] Bytes);
