namespace Changji.Evaluation.Results;

/// <summary>
/// A school (or other subject) that makes a county item fail, with what was seen, in Chinese.
/// <see cref="Subject"/> is what people read; <see cref="SchoolCode"/> the 10-digit code when the subject is a school,
/// which is what alerts are keyed by, so renaming a school neither resolves nor reopens anything.
/// </summary>
public sealed record ItemFailure(string Subject, string DetailZh, string? SchoolCode = null);
