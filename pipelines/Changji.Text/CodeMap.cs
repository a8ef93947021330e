namespace Changji.Text;

/// <summary>
/// The one mapping of an enum to the snake_case codes outputs use, and through the code to its label in
/// label group <see cref="Group"/>. Built complete or not at all: every value needs exactly one code.
/// </summary>
public sealed class CodeMap<T>
    where T : struct, Enum
{
    private readonly Dictionary<T, string> codeByValue = [];
    private readonly Dictionary<string, T> valueByCode = new(StringComparer.Ordinal);
    private readonly List<T> ordered = [];

    public CodeMap(string group, params (T Value, string Code)[] codes)
    {
        Group = group;
        foreach (var (value, code) in codes)
        {
            if (!codeByValue.TryAdd(value, code) || !valueByCode.TryAdd(code, value))
            {
                throw new ArgumentException($"{typeof(T).Name}: {value} or code '{code}' mapped twice.", nameof(codes));
            }

            ordered.Add(value);
        }

        var unmapped = Enum.GetValues<T>().Where(v => !codeByValue.ContainsKey(v)).ToList();
        if (unmapped.Count > 0)
        {
            throw new ArgumentException($"{typeof(T).Name}: no code for {string.Join(", ", unmapped)}.", nameof(codes));
        }
    }

    /// <summary>The label group of the catalogue, e.g. <c>item_status</c>.</summary>
    public string Group { get; }

    /// <summary>The values in the order given: the order lists show them to users.</summary>
    public IReadOnlyList<T> Values => ordered;

    public string Code(T value) =>
        codeByValue.TryGetValue(value, out var code) ? code : throw new ArgumentOutOfRangeException(nameof(value), value, $"No code for {typeof(T).Name}.{value}.");

    /// <summary>The value of an exact code; throws naming the code when there is none.</summary>
    public T Parse(string code) =>
        valueByCode.TryGetValue(code, out var value) ? value : throw new CatalogueTextException($"Unknown {Group} code '{code}'.");

    public bool TryParse(string code, out T value) => valueByCode.TryGetValue(code, out value);

    /// <summary>The Chinese label of <paramref name="value"/> from the catalogue.</summary>
    public string Label(T value) => ZhCn.Label(Group, Code(value));
}
