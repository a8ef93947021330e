using Changji.Evaluation.Facts;

namespace Changji.SampleGenerator.Output;

/// <summary>The columns of 学校经费数据 (input-files.md §2); the header states the money unit.</summary>
public static class FundingColumns
{
    public static IReadOnlyList<Column<SchoolFunding>> All(MoneyUnit unit) =>
    [
        new("学年", "year", f => f.Year),
        new("学校标识码", "school_code", f => f.SchoolCode),
        new("学校名称", "school_name", f => f.SchoolName),
        new("公用经费预算总额" + unit.Suffix(), "public_funds_budget", f => unit.FromYuan(f.PublicFundsBudget)),
        new("教师培训经费预算" + unit.Suffix(), "training_budget", f => unit.FromYuan(f.TrainingBudget)),
        new("公用经费实际拨付" + unit.Suffix(), "public_funds_allocated", f => unit.FromYuan(f.PublicFundsAllocated)),
    ];
}
