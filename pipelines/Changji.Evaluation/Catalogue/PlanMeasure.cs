namespace Changji.Evaluation.Catalogue;

/// <summary>
/// One work measure (工作措施) of a county's plan, with the units responsible for it (责任单位), each
/// named in full (e.g. 市财政局) so that the units of several measures merge without repeats.
/// </summary>
public sealed record PlanMeasure(int Number, string TitleZh, string GroupZh, IReadOnlyList<string> Units);
