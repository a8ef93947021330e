namespace Changji.Evaluation.Results;

/// <summary>A school (or other subject) that makes a county item fail, with what was seen, in Chinese.</summary>
public sealed record ItemFailure(string Subject, string DetailZh);
