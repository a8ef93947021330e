using Changji.Ingestion.Reading;

namespace Changji.Ingestion.Tests.Reading;

/// <summary>The guard outputs put in front of text that a spreadsheet would take for a formula.</summary>
public class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("＝1+1", "'＝1+1")]
    public void Neutralise_FormulaLikeText_GetsApostrophe(string text, string expected)
    {
        Assert.Equal(expected, SpreadsheetText.Neutralise(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("昌吉市第一小学")]
    [InlineData("撤并至昌吉市第二小学")]
    [InlineData("a=b")]
    [InlineData("'=already")]
    [InlineData("6523010001")]
    public void Neutralise_OrdinaryText_IsUnchanged(string text)
    {
        Assert.Equal(text, SpreadsheetText.Neutralise(text));
    }

    [Fact]
    public void Neutralise_AppliedTwice_AddsOneApostrophe()
    {
        Assert.Equal("'=1", SpreadsheetText.Neutralise(SpreadsheetText.Neutralise("=1")));
    }
}
