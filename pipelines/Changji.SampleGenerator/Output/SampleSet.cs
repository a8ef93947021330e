using Changji.Evaluation.Facts;

namespace Changji.SampleGenerator.Output;

/// <summary>
/// Every file under samples/incoming, one format variation per file so that one run of the pipeline
/// over the samples exercises what docs/input-files.md accepts: UTF-8 with and without BOM, GB18030, xlsx
/// with a named and an unnamed sheet, Chinese headers and shuffled English aliases, amounts in 元 and
/// 万元, rates with and without a percent sign, an unknown extra column, and a file with bad rows.
/// </summary>
public static class SampleSet
{
    private const int AliasShuffleSeed = 2024;

    public static IReadOnlyList<SampleFile> Build(IReadOnlyList<CountyYear> county)
    {
        var y2023 = county.Single(y => y.Year == 2023);
        var y2024 = county.Single(y => y.Year == 2024);
        var y2025 = county.Single(y => y.Year == 2025);
        var statistics2023 = ExtraColumn.Append(StatisticsColumns.All(MoneyUnit.Yuan), "填报人", "教育局统计股");
        var statistics2024 = AliasOrder.Shuffle(StatisticsColumns.All(MoneyUnit.TenThousandYuan), AliasShuffleSeed);
        var faulty = FaultyCorrection.Build(y2025.Schools);

        return
        [
            Csv("2023/学校基础数据-2023.csv", "statistics", CsvEncoding.Utf8Bom,
                ColumnTable.Build(statistics2023, y2023.Schools, HeaderStyle.Chinese),
                "设备值表头为（元），数值为元；多一列「填报人」（未知列，应报警告并忽略）"),
            Csv("2023/学校经费数据-2023.csv", "funding", CsvEncoding.Utf8,
                ColumnTable.Build(FundingColumns.All(MoneyUnit.Yuan), y2023.Funding, HeaderStyle.Chinese), "金额单位元"),
            Csv("2023/县级指标数据-2023.csv", "county", CsvEncoding.Utf8,
                ColumnTable.Build(CountyColumns.All(percentSigns: false), y2023.Figures, HeaderStyle.Chinese), "比例写作数字（96.5）"),
            Csv("2024/school_statistics_2024.csv", "statistics", CsvEncoding.Utf8,
                ColumnTable.Build(statistics2024, y2024.Schools, HeaderStyle.Alias),
                "英文别名表头、列顺序打乱；equipment_value 无单位，按默认万元"),
            Csv("2024/学校经费数据-2024.csv", "funding", CsvEncoding.Gb18030,
                ColumnTable.Build(FundingColumns.All(MoneyUnit.TenThousandYuan), y2024.Funding, HeaderStyle.Chinese),
                "表头单位（万元），两位小数，应换算为元"),
            Csv("2024/县级指标数据-2024.csv", "county", CsvEncoding.Utf8Bom,
                ColumnTable.Build(CountyColumns.All(percentSigns: true), y2024.Figures, HeaderStyle.Chinese), "比例带百分号（96.5%）"),
            Xlsx("2025/学校基础数据-2025.xlsx", "statistics", "学校基础数据",
                ColumnTable.Build(StatisticsColumns.All(MoneyUnit.TenThousandYuan), y2025.Schools, HeaderStyle.Chinese),
                "工作表名「学校基础数据」；设备值表头（万元）"),
            Xlsx("2025/学校经费数据-2025.xlsx", "funding", "Sheet1",
                ColumnTable.Build(FundingColumns.All(MoneyUnit.Yuan), y2025.Funding, HeaderStyle.Chinese),
                "工作表名 Sheet1（按第一个工作表读取）；金额单位元"),
            Csv("2025/县级指标数据-2025.csv", "county", CsvEncoding.Utf8,
                ColumnTable.Build(CountyColumns.All(percentSigns: false), y2025.Figures, HeaderStyle.Chinese), ""),
            Csv("2025/" + FaultyCorrection.FileName, "statistics", CsvEncoding.Utf8Bom, faulty.Table,
                "有误的补报文件：第2行有效（与主文件相同），第3–6行应被拒绝，文件保留"),
        ];
    }

    private static SampleFile Csv(string path, string kind, CsvEncoding encoding, Table table, string notes) =>
        new("incoming/" + path, kind, $"csv, {encoding.Label}, {(encoding.NewLine == "\n" ? "LF" : "CRLF")}", notes, CsvTableWriter.Write(table, encoding));

    private static SampleFile Xlsx(string path, string kind, string sheet, Table table, string notes) =>
        new("incoming/" + path, kind, $"xlsx, sheet {sheet}", notes, XlsxTableWriter.Write(table, sheet));
}
