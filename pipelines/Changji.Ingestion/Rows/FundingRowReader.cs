using Changji.Evaluation.Facts;

namespace Changji.Ingestion.Rows;

/// <summary>Reads and checks one row of 学校经费数据 (docs/input-files.md §2), amounts in 元.</summary>
internal static class FundingRowReader
{
    public static SchoolFunding? Read(RowValues row, int year, RowCounty county)
    {
        var code = row.SchoolCode("school_code");
        row.Key = code;
        var name = row.Text("school_name", required: false);
        var budget = row.Amount("public_funds_budget", required: false);
        var training = row.Amount("training_budget", required: false);
        var allocated = row.Amount("public_funds_allocated", required: false);
        if (row.HasError)
        {
            return null;
        }

        return new SchoolFunding
        {
            Year = year,
            SchoolCode = code!,
            SchoolName = name,
            CountyCode = county.Code,
            CountyNames = county.Names,
            PublicFundsBudget = (double?)budget,
            TrainingBudget = (double?)training,
            PublicFundsAllocated = (double?)allocated,
        };
    }
}
