using System.Reflection;
using System.Text;
using Changji.Evaluation.Facts;
using Changji.SampleGenerator.County;
using Changji.SampleGenerator.Output;

namespace Changji.SampleGenerator.Readme;

/// <summary>Fills README.template.md with the file list, the school list, the check's output and the expected rejections.</summary>
public static class ReadmeWriter
{
    public static string Write(IReadOnlyList<CountyYear> county, IReadOnlyList<SampleFile> files, IReadOnlyList<string> report)
    {
        var faulty = FaultyCorrection.Build(county.Single(y => y.Year == 2025).Schools);
        return Template()
            .Replace("{{FILES}}", FileTable(files), StringComparison.Ordinal)
            .Replace("{{SCHOOLS}}", SchoolTable(), StringComparison.Ordinal)
            .Replace("{{CHECK}}", string.Join("\n", report), StringComparison.Ordinal)
            .Replace("{{REJECTIONS}}", RejectionTable(faulty.Rejections), StringComparison.Ordinal);
    }

    private static string FileTable(IReadOnlyList<SampleFile> files)
    {
        var text = new StringBuilder("| file | kind | format | what it exercises |\n|---|---|---|---|\n");
        foreach (var file in files)
        {
            text.Append($"| `{file.RelativePath}` | {file.Kind} | {file.Format} | {file.Notes} |\n");
        }

        return text.ToString().TrimEnd('\n');
    }

    private static string SchoolTable()
    {
        var text = new StringBuilder("| 学校标识码 | 学校名称 | 办学类型 | 城乡 | 举办者 | 乡镇（街道） | 2023 | 2024 | 2025 |\n|---|---|---|---|---|---|---|---|---|\n");
        foreach (var s in Roster.Schools)
        {
            var years = string.Join(" | ", Roster.Years.Select(y => Pupils(s.EnrolmentIn(y))));
            text.Append($"| {s.Code} | {s.Name} | {s.Type.ToChinese()} | {s.UrbanRural.ToChinese()} | {s.Sponsor.ToChinese()} | {s.Township} | {years} |\n");
        }

        return text.ToString().TrimEnd('\n');
    }

    /// <summary>Pupils as 小学/初中/高中, leaving out empty levels.</summary>
    private static string Pupils(Enrolment e)
    {
        var parts = new List<string>();
        if (e.Primary > 0)
        {
            parts.Add($"小{e.Primary}");
        }

        if (e.Junior > 0)
        {
            parts.Add($"初{e.Junior}");
        }

        if (e.Senior > 0)
        {
            parts.Add($"高{e.Senior}");
        }

        return string.Join(" ", parts);
    }

    private static string RejectionTable(IReadOnlyList<ExpectedRejection> rejections)
    {
        var text = new StringBuilder("| 行 | 列 | 值 | 应为 |\n|---|---|---|---|\n");
        foreach (var r in rejections)
        {
            text.Append($"| {r.Row} | {r.Column} | {r.Value} | {r.Expected} |\n");
        }

        return text.ToString().TrimEnd('\n');
    }

    private static string Template()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("README.template.md")
            ?? throw new InvalidOperationException("README.template.md is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
