namespace Changji.Testing;

/// <summary>A clock that says what the test tells it, so timestamps in outputs are reproducible.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>2026-06-01: inside school year 2025, before any 2026 deadline.</summary>
    public static FixedClock InSchoolYear2025() => new(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));
}
