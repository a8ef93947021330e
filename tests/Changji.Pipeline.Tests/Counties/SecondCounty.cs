using System.Text;
using System.Text.RegularExpressions;

namespace Changji.Pipeline.Tests.Counties;

/// <summary>
/// Makes a second county's files from the samples' CSV files: school codes moved to another range and a
/// 县级行政区划代码 column (652302, 阜康市) added, so the same data stands for a neighbouring county.
/// </summary>
internal static partial class SecondCounty
{
    public const string Code = "652302";
    public const string Name = "阜康市";
    private static readonly Encoding Gb18030 = CodePagesEncoding();

    /// <summary>Copies the samples' CSV files of <paramref name="years"/> into <paramref name="home"/> as they are and into <paramref name="other"/> as the second county's.</summary>
    public static void Write(IEnumerable<int> years, string? home, string? other)
    {
        foreach (var year in years)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoRoot.Samples, year.ToString(System.Globalization.CultureInfo.InvariantCulture)), "*.csv"))
            {
                if (home is not null)
                {
                    var target = Path.Combine(home, year.ToString(System.Globalization.CultureInfo.InvariantCulture), Path.GetFileName(file));
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(file, target);
                }

                if (other is not null)
                {
                    var target = Path.Combine(other, year.ToString(System.Globalization.CultureInfo.InvariantCulture), Name + "-" + Path.GetFileName(file));
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.WriteAllText(target, Transform(Read(file)), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
                }
            }
        }
    }

    private static string Transform(string csv)
    {
        var lines = csv.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        var sb = new StringBuilder();
        sb.Append(lines[0]).Append(",county_code,county_name\n");
        foreach (var line in lines.Skip(1))
        {
            sb.Append(SchoolCode().Replace(line, "36530$1")).Append(',').Append(Code).Append(',').Append(Name).Append('\n');
        }

        return sb.ToString();
    }

    private static string Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Gb18030.GetString(bytes);
        }
    }

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    [GeneratedRegex(@"(?<!\d)36520(\d{5})(?!\d)")]
    private static partial Regex SchoolCode();
}
