using Changji.Evaluation.Facts;
using Changji.Ingestion;
using Changji.Pipeline.Counties;
using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.Tests.Submissions;

public sealed class SubmissionCountiesTests
{
    [Fact]
    public void Of_RowsOfSeveralCounties_EachOnceOrderedHomeByItsCode()
    {
        var file = File(rejected: false, Funding("652323"), Funding(null), Funding("652302"), Funding("652323"));

        Assert.Equal(["652301", "652302", "652323"], SubmissionCounties.Of(file, HomeCounty.Changji));
    }

    [Fact]
    public void Of_CountyFiguresOfAnotherCounty_ThatCounty()
    {
        var file = File(rejected: false) with { Figures = [new CountyFigure { Year = 2024, Code = "R1", CountyCode = "652302" }] };

        Assert.Equal(["652302"], SubmissionCounties.Of(file, HomeCounty.Changji));
    }

    [Fact]
    public void Of_RejectedFile_None() =>
        Assert.Empty(SubmissionCounties.Of(File(rejected: true, Funding("652302")), HomeCounty.Changji));

    private static SchoolFunding Funding(string? county) => new() { Year = 2024, SchoolCode = "6523010001", CountyCode = county };

    private static IngestedFile File(bool rejected, params SchoolFunding[] funding) =>
        new() { FileName = "学校经费数据-2024.csv", Kind = FileKind.Funding, Year = 2024, Rejected = rejected, Funding = funding, Findings = [] };
}
