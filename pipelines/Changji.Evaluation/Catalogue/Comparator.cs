namespace Changji.Evaluation.Catalogue;

/// <summary>How a value is compared with its threshold. Serialized as <c>&gt;=</c>, <c>&lt;=</c>, <c>&lt;</c>, <c>=</c>.</summary>
public enum Comparator
{
    AtLeast,
    AtMost,
    LessThan,
    Equal,
}
