using Changji.Storage.Azure.Resilience;

namespace Changji.Testing.Azure;

/// <summary>The adapters' retry policy with a seeded randomizer, so a test's jitter is the same every run.</summary>
public static class TestResilience
{
    public static AzureResilience Instance { get; } = new(TimeProvider.System, AzureResilience.Randomizer(new Random(20290901)));
}
