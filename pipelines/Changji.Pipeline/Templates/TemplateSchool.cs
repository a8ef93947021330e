using Changji.Evaluation.Facts;

namespace Changji.Pipeline.Templates;

/// <summary>A school a prefilled template lists, so the steward only updates its figures.</summary>
public sealed record TemplateSchool(string Code, string Name, SchoolType Type);
