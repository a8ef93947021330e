using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Changji.Evaluation.Facts;
using Changji.Ingestion;

namespace Changji.Benchmarks;

/// <summary>Reading a statistics CSV of N rows in GB18030, the encoding of most Chinese office exports.</summary>
[MemoryDiagnoser]
public class IngestionBenchmarks
{
    private byte[] csv = [];

    [Params(2_000, 20_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var sb = new StringBuilder("学年,学校标识码,学校名称,办学类型,城乡分类,举办者,小学在校生数,初中在校生数,小学教学班数,初中教学班数,小学最大班额,初中最大班额,小学专任教师数,初中专任教师数\n");
        foreach (var s in SyntheticCounty.Build(Rows).Schools.Where(s => s.SchoolType is SchoolType.Primary))
        {
            sb.Append(CultureInfo.InvariantCulture, $"{s.Year},{s.SchoolCode},{s.SchoolName},小学,{s.UrbanRural.ToChinese()},{s.Sponsor.ToChinese()},{s.PrimaryStudents},0,{s.PrimaryClasses},0,{s.PrimaryMaxClassSize},,{s.PrimaryTeachers},0\n");
        }

        csv = Encoding.GetEncoding("GB18030").GetBytes(sb.ToString());
    }

    [Benchmark]
    public int ReadGb18030Csv()
    {
        using var stream = new MemoryStream(csv, writable: false);
        return FileIngestor.Read(stream, "2024/学校基础数据.csv", 2024).RowsAccepted;
    }
}
