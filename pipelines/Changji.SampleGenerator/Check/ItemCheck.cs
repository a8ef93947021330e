namespace Changji.SampleGenerator.Check;

/// <summary>The generator's own verdict on one county-level item, with the numbers behind it.</summary>
public sealed record ItemCheck(string Code, bool? Met, string Detail)
{
    public string Status => Met switch { true => "met", false => "NOT MET", null => "missing" };
}
