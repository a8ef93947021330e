namespace Changji.SampleGenerator.Output;

/// <summary>A fixed shuffle of columns, for the file that exercises "aliases in any column order".</summary>
public static class AliasOrder
{
    public static IReadOnlyList<Column<T>> Shuffle<T>(IReadOnlyList<Column<T>> columns, int seed)
    {
        var random = new Random(seed);
        var shuffled = columns.ToArray();
        for (var i = shuffled.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
        }

        return shuffled;
    }
}
