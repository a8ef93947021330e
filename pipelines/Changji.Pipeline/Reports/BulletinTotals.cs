namespace Changji.Pipeline.Reports;

/// <summary>A 督查通报's counts (its 总体情况): 本期新增, 仍未销号, 逾期未整改, 本期销号.</summary>
public sealed record BulletinTotals(int Opened, int StillOpen, int Overdue, int Resolved);
