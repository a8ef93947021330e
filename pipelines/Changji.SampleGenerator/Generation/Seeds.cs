using Changji.SampleGenerator.County;

namespace Changji.SampleGenerator.Generation;

/// <summary>
/// One seeded System.Random per school, year and purpose, so that editing one school's story does not
/// reshuffle every other school. Seeded Random is stable across .NET versions (legacy algorithm), but
/// its first draws are strongly correlated for neighbouring seeds, so the seed is mixed first
/// (SplitMix64 finaliser); otherwise every school would land at nearly the same margin.
/// </summary>
public static class Seeds
{
    private const ulong CountySeed = 20230901;

    public static Random For(int year, SchoolProfile school, string purpose)
    {
        var serial = ulong.Parse(school.Code.AsSpan(6), System.Globalization.CultureInfo.InvariantCulture);
        var purposeSalt = purpose switch { "statistics" => 1UL, "funding" => 2UL, _ => 3UL };
        var mixed = Mix(CountySeed ^ Mix(((ulong)year << 32) | (serial << 4) | purposeSalt));
        return new Random((int)(mixed & 0x7FFF_FFFF));
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
