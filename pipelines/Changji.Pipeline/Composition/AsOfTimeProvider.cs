namespace Changji.Pipeline.Composition;

/// <summary>A clock stopped at one instant: the run is evaluated "as of" then (setting <c>AsOf</c>, <c>changji run --as-of</c>).</summary>
public sealed class AsOfTimeProvider(DateTimeOffset asOf) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => asOf.ToUniversalTime();
}
