namespace Changji.Ingestion.Tests;

/// <summary>
/// Deterministic mutation fuzzing: truncations, byte flips, inserted and deleted runs of a valid CSV,
/// xlsx and xls. Whatever the bytes, Read returns an IngestedFile and never throws.
/// </summary>
public class FuzzTests
{
    private const int Mutations = 300;

    public static TheoryData<string> Seeds() => ["statistics.csv", "county.csv", "statistics.xlsx", "funding.xlsx", "statistics.xls"];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Fuzz_MutatedValidFile_NeverThrows(string seed)
    {
        var original = Seed(seed);
        var random = new Random(seed.GetHashCode(StringComparison.Ordinal) & 0x7fff ^ 20240901);
        var kept = 0;
        for (var i = 0; i < Mutations; i++)
        {
            var bytes = Mutate(original, random, i);
            var file = Ingest.Bytes(bytes, "2024/" + seed);

            Assert.NotNull(file);
            Assert.All(file.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.MessageZh)));
            Assert.True(file.Rejected ? file.RowsAccepted == 0 : !file.Findings.Any(f => f.Row is null && f.Severity == Severity.Error));
            if (!file.Rejected)
            {
                kept++;
            }
        }
        Assert.InRange(kept, 0, Mutations);
    }

    private static byte[] Seed(string name) => name switch
    {
        "statistics.csv" => Samples.Statistics().ToCsv(Ingest.Gbk),
        "county.csv" => Samples.County().ToUtf8Csv(bom: true),
        "statistics.xlsx" => Samples.Statistics().ToXlsx("学校基础数据"),
        // Mutations reach the compound file's directory and FAT, and the BIFF records the truncation check walks.
        "statistics.xls" => Fixtures.Bytes("学校基础数据-2024.xls"),
        _ => Samples.Funding().ToXlsx(),
    };

    private static byte[] Mutate(byte[] original, Random random, int round)
    {
        var bytes = original.ToList();
        switch (round % 5)
        {
            case 0:
                return original[..random.Next(original.Length)];
            case 1:
                for (var k = random.Next(1, 8); k > 0; k--)
                {
                    bytes[random.Next(bytes.Count)] ^= (byte)(1 << random.Next(8));
                }

                break;
            case 2:
                for (var k = random.Next(1, 4); k > 0; k--)
                {
                    bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                }

                break;
            case 3:
                var start = random.Next(bytes.Count);
                bytes.RemoveRange(start, Math.Min(bytes.Count - start, random.Next(1, 64)));
                break;
            default:
                var noise = new byte[random.Next(1, 32)];
                random.NextBytes(noise);
                bytes.InsertRange(random.Next(bytes.Count), noise);
                break;
        }
        return [.. bytes];
    }
}
