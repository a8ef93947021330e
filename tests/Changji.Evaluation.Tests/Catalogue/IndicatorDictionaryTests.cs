namespace Changji.Evaluation.Tests.Catalogue;

// Inside Changji.Evaluation.Tests the bare name Catalogue is the test folder's namespace; this is the type.
using Catalogue = Changji.Evaluation.Catalogue.Catalogue;

public class IndicatorDictionaryTests
{
    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Changji.Pipeline.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Changji.Pipeline.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Dictionary_CommittedFile_EqualsRendering()
    {
        var path = Path.Combine(RepoRoot(), "docs", "indicators.md");
        var rendered = IndicatorDictionary.RenderMarkdown(Catalogue.Builtin);
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, rendered);
        }

        Assert.True(File.Exists(path), "docs/indicators.md is missing: run the tests with UPDATE_DOCS=1");
        Assert.Equal(rendered, File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Dictionary_EveryProfile_ListsEveryItem()
    {
        var md = IndicatorDictionary.RenderMarkdown(Catalogue.Builtin);
        foreach (var profile in Catalogue.Builtin.Profiles)
        {
            Assert.Contains($"## {profile.Name}", md);
            foreach (var item in profile.Items)
            {
                Assert.Contains($"| {item.Code} | {item.NameZh.Replace("|", "\\|")} |", md);
            }
        }
        Assert.Contains("小学 3.57；初中 4.505", md);
        Assert.Contains("musicRoomMinM2 = 96", md);
    }

    [Fact]
    public void Dictionary_AddedProfile_IsRendered()
    {
        var catalogue = Catalogue.Builtin.With("""{ "name": "shenyang-2019", "basedOn": "national-2017", "items": [ { "code": "G7", "threshold": 8000 } ] }""");
        var md = IndicatorDictionary.RenderMarkdown(catalogue);
        Assert.Contains("## shenyang-2019", md);
        Assert.Contains("| 8000 |", md);
    }
}
