using System.Text.RegularExpressions;

namespace Changji.Text.Tests;

/// <summary>The templates: all placeholders filled where used, and every key used somewhere in the product.</summary>
public partial class TemplateTests
{
    /// <summary>
    /// Keys whose templates are in the catalogue but whose call sites live in files another change is
    /// restructuring; they switch over there. Remove a key here once its code uses it.
    /// </summary>
    private static readonly HashSet<string> AwaitingCallSite = new(StringComparer.Ordinal)
    {
    };

    public static TheoryData<string> Keys() => [.. ZhCn.Catalogue.TemplateTexts.Keys];

    [Theory]
    [MemberData(nameof(Keys))]
    public void Template_FilledWithItsPlaceholders_LeavesNoBrace(string key)
    {
        var names = Placeholder().Matches(ZhCn.Catalogue.TemplateTexts[key]).Select(m => m.Groups[1].Value).Distinct().ToArray();
        var text = ZhCn.Format(key, [.. names.Select(n => (n, (object?)"x"))]);
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        Assert.DoesNotContain("}", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Template_EveryKey_IsUsedBySomeCode(string key)
    {
        var used = Sources.Value.Any(s => s.Contains('"' + key + '"', StringComparison.Ordinal));
        if (AwaitingCallSite.Contains(key))
        {
            Assert.False(used, $"template '{key}' is used now: remove it from {nameof(AwaitingCallSite)}");
            return;
        }

        Assert.True(used, $"template '{key}' is not used in pipelines/ or functions/");
    }

    [Fact]
    public void CallSite_Every_NamesAnExistingKey()
    {
        var used = Sources.Value.SelectMany(s => CallSite().Matches(s)).Select(m => m.Groups[1].Value).Distinct();
        Assert.All(used, key => Assert.True(ZhCn.Catalogue.TemplateTexts.ContainsKey(key), $"unknown template '{key}'"));
    }

    /// <summary>Each call site's named arguments cover the placeholders of its template.</summary>
    [Fact]
    public void CallSite_Every_SuppliesEveryPlaceholder()
    {
        foreach (var (key, call) in Sources.Value.SelectMany(FormatCalls))
        {
            if (!ZhCn.Catalogue.TemplateTexts.TryGetValue(key, out var template))
            {
                continue;
            }

            var args = ArgumentName().Matches(call).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            foreach (var name in Placeholder().Matches(template).Select(m => m.Groups[1].Value))
            {
                Assert.True(args.Contains(name), $"'{key}' is formatted without '{name}': {call}");
            }
        }
    }

    /// <summary>Each <c>ZhCn.Format("key", …)</c> call with its whole argument list (parentheses balanced).</summary>
    private static IEnumerable<(string Key, string Call)> FormatCalls(string source)
    {
        foreach (Match m in CallSite().Matches(source))
        {
            if (!m.Value.StartsWith("ZhCn.Format", StringComparison.Ordinal))
            {
                continue;
            }

            var open = m.Index + "ZhCn.Format".Length;
            var depth = 0;
            var end = open;
            for (; end < source.Length; end++)
            {
                if (source[end] == '(')
                {
                    depth++;
                }
                else if (source[end] == ')' && --depth == 0)
                {
                    break;
                }
            }

            yield return (m.Groups[1].Value, source[open..end]);
        }
    }

    private static readonly Lazy<IReadOnlyList<string>> Sources = new(() =>
        [.. new[] { "pipelines", "functions" }
            .Select(d => Path.Combine(RepoRoot.Path, d))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)]);

    [GeneratedRegex(@"\{([a-z][a-z0-9_]*)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"ZhCn\.(?:Format|Text)\(""([^""]+)""")]
    private static partial Regex CallSite();

    [GeneratedRegex(@"\(""([a-z][a-z0-9_]*)"",")]
    private static partial Regex ArgumentName();
}
