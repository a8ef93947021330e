namespace Changji.PowerBI.Tests.Report;

/// <summary>A model field a report file binds to: <c>{"Column"|"Measure": {"Expression": {"SourceRef": {"Entity"}}, "Property"}}</c>.</summary>
public sealed record VisualField(string File, string Kind, string Entity, string Property);
