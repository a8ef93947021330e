namespace Changji.Text.Tests;

public class LookupTests
{
    [Fact]
    public void Label_KnownCode_ReturnsChinese() => Assert.Equal("达标", ZhCn.Label("item_status", "met"));

    [Fact]
    public void Label_UnknownGroup_ThrowsNamingIt()
    {
        var e = Assert.Throws<CatalogueTextException>(() => ZhCn.Label("no_such_group", "met"));
        Assert.Contains("no_such_group", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Label_UnknownCode_ThrowsNamingIt()
    {
        var e = Assert.Throws<CatalogueTextException>(() => ZhCn.Label("item_status", "no_such_code"));
        Assert.Contains("no_such_code", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_UnknownKey_ThrowsNamingIt()
    {
        var e = Assert.Throws<CatalogueTextException>(() => ZhCn.Format("no.such.key", ("year", 2024)));
        Assert.Contains("no.such.key", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_MissingArgument_ThrowsNamingIt()
    {
        var e = Assert.Throws<CatalogueTextException>(() => ZhCn.Format("alert.poison_message", ("year", 2024), ("queue", "ingest")));
        Assert.Contains("count", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_PoisonMessage_ReadsAsAgreed() =>
        Assert.Equal(
            "2024学年 队列 ingest 中有 3 条多次处理失败的消息，请查看应用日志，修正原因后将消息移回原队列或删除。",
            ZhCn.Format("alert.poison_message", ("year", 2024), ("queue", "ingest"), ("count", 3)));

    [Fact]
    public void Format_Numbers_UseTheInvariantCulture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("应为 1.5 之一", ZhCn.Format("finding.expected.one_of", ("choices", 1.5)));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void EmbeddedCatalogue_Loads_WithNoDuplicateKeys() => Assert.NotEmpty(Catalogue.LoadEmbedded().TemplateTexts);

    [Fact]
    public void Parse_DuplicateKey_Throws()
    {
        var e = Assert.Throws<CatalogueTextException>(() =>
            Catalogue.Parse("""{"labels":{"a":{"x":"1","x":"2"}},"aliases":{},"templates":{}}"""));
        Assert.Contains("'x'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedPlaceholder_Throws() =>
        Assert.Throws<CatalogueTextException>(() => Catalogue.Parse("""{"labels":{},"aliases":{},"templates":{"k":"{Year"}}"""));
}
