namespace Changji.Testing.Azure;

/// <summary>Every test class that needs storage shares one Azurite; each uses its own names (<see cref="TestStorage"/>).</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
