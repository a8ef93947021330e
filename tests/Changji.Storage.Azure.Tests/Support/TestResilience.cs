using Changji.Storage.Azure.Resilience;

namespace Changji.Storage.Azure.Tests.Support;

/// <summary>The adapters' retry policy with a seeded randomizer, so a test's jitter is the same every run.</summary>
public static class TestResilience
{
    public static AzureResilience Instance { get; } = new(TimeProvider.System, AzureResilience.Randomizer(new Random(20290901)));
}
