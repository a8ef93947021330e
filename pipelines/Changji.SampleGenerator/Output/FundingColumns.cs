using Changji.Evaluation.Facts;

namespace Changji.SampleGenerator.Output;

/// <summary>The columns of 学校经费数据 (docs/input-files.md §2); the header states the money unit.</summary>
public static class FundingColumns
{
    public static IReadOnlyList<Column<SchoolFunding>> All(MoneyUnit unit) =>
    [
        new(ColumnNames.Of("year"), "year", f => f.Year),
        new(ColumnNames.Of("school_code"), "school_code", f => f.SchoolCode),
        new(ColumnNames.Of("school_name"), "school_name", f => f.SchoolName),
        new(ColumnNames.Money("public_funds_budget", unit), "public_funds_budget", f => unit.FromYuan(f.PublicFundsBudget)),
        new(ColumnNames.Money("training_budget", unit), "training_budget", f => unit.FromYuan(f.TrainingBudget)),
        new(ColumnNames.Money("public_funds_allocated", unit), "public_funds_allocated", f => unit.FromYuan(f.PublicFundsAllocated)),
    ];
}
