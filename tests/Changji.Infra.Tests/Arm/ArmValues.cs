namespace Changji.Infra.Tests.Arm;

/// <summary>A value only known at deployment time (uniqueString, resourceGroup(), …).</summary>
internal sealed record ArmUnknown
{
    public static readonly ArmUnknown Instance = new();

    public override string ToString() => "?";
}

/// <summary>A runtime property of a resource: reference(Id).Path, e.g. a managed identity's principalId.</summary>
internal sealed record ArmReference(string ResourceId, string Path)
{
    public ArmReference Then(string member) => this with { Path = Path.Length == 0 ? member : $"{Path}.{member}" };

    public override string ToString() => $"reference({ResourceId}).{Path}";
}
