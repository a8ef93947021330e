using Changji.Evaluation.Facts;

namespace Changji.SampleGenerator.Output;

/// <summary>
/// 2025/补报-学校基础数据-有误.csv: a steward's correction file with row-level errors. Its one valid row
/// repeats the main file's figures exactly, so accepting it (a later file replaces the facts of the
/// schools it names) changes nothing; every other row must be rejected and the file kept.
/// </summary>
public static class FaultyCorrection
{
    public const string FileName = "补报-学校基础数据-有误.csv";

    public static (Table Table, IReadOnlyList<ExpectedRejection> Rejections) Build(IReadOnlyList<SchoolStatistics> main)
    {
        SchoolStatistics School(string serial) => main.Single(s => s.SchoolCode == "365201" + serial);

        var valid = School("0009");
        var duplicate = valid with { PrimaryStudents = valid.PrimaryStudents + 12 };
        var negative = School("0018") with { JuniorStudents = -School("0018").JuniorStudents };
        var wrongType = School("0003") with
        {
            JuniorStudents = 45,
            JuniorClasses = 1,
            JuniorMaxClassSize = 45,
            JuniorTeachers = 4,
            JuniorQualifiedTeachers = 4,
            JuniorBackboneTeachers = 0,
            JuniorPeArtTeachers = 1,
        };
        var fifth = School("0016");
        var tooManyQualified = fifth with { JuniorQualifiedTeachers = fifth.JuniorTeachers + 20 };

        var rows = new[] { valid, duplicate, negative, wrongType, tooManyQualified };
        var table = ColumnTable.Build(StatisticsColumns.All(MoneyUnit.TenThousandYuan), rows, HeaderStyle.Chinese);
        IReadOnlyList<ExpectedRejection> rejections =
        [
            new(3, "学校标识码", duplicate.SchoolCode, "学校标识码在文件内唯一（第2行已出现）"),
            new(4, "初中在校生数", $"{negative.JuniorStudents}", "大于或等于 0 的整数"),
            new(5, "初中在校生数", "45", "办学类型为「小学」的学校只有小学在校生（初中在校生数应为 0）"),
            new(6, "初中本科及以上学历专任教师数", $"{tooManyQualified.JuniorQualifiedTeachers}", $"不大于初中专任教师数（{fifth.JuniorTeachers}）"),
        ];
        return (table, rejections);
    }
}
