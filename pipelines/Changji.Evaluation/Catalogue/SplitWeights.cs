namespace Changji.Evaluation.Catalogue;

/// <summary>
/// Weights of one pupil of each level when facilities of a multi-level school are shared out
/// (docs/standard.md §1.3). A 九年一贯制 or 十二年一贯制 school weighs primary 1, junior 1.1 and senior
/// 1.32; a 完全中学 weighs its junior pupils <see cref="JuniorComplete"/> (1) against senior 1.2,
/// which gives the standard's B / (B + 1.2C).
/// </summary>
public sealed record SplitWeights(double Primary, double Junior, double JuniorComplete, double SeniorComplete, double SeniorTwelveYear);
