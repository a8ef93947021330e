namespace Changji.Infra.Tests.Arm;

/// <summary>A parsed ARM template expression (the text between the outer brackets).</summary>
internal abstract record ArmNode;

internal sealed record ArmLiteral(object Value) : ArmNode;

internal sealed record ArmCall(string Function, IReadOnlyList<ArmNode> Arguments) : ArmNode;

internal sealed record ArmMember(ArmNode Target, string Name) : ArmNode;

internal sealed record ArmIndex(ArmNode Target, ArmNode Index) : ArmNode;
