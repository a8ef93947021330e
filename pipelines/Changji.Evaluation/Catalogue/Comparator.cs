namespace Changji.Evaluation.Catalogue;

/// <summary>How a value is compared with its threshold. Serialized as <c>&gt;=</c>, <c>&lt;=</c>, <c>&lt;</c>, <c>=</c>, <c>&gt;</c>.</summary>
public enum Comparator
{
    AtLeast,
    AtMost,
    LessThan,
    Equal,
    /// <summary>Strict growth (C2 三个增长): added after the first contract; serialized as <c>&gt;</c>.</summary>
    GreaterThan,
}
