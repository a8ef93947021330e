using Changji.PowerBI.Tests.Tmdl;

namespace Changji.PowerBI.Tests;

public sealed class TmdlParserTests
{
    private const string Table = """
        table 'Fact Sales'
        	lineageTag: 1

        	/// Total sales.
        	measure 'Sales Amount' =
        			VAR x = SUM('Fact Sales'[amount])
        			RETURN x
        		formatString: 0.000
        		lineageTag: 2

        	measure Count = COUNTROWS('Fact Sales')

        	column 'level'
        		dataType: string
        		isHidden
        		sourceColumn: level

        		annotation SummarizationSetBy = Automatic

        	column key = [a] & "|" & [b]
        		dataType: string

        	partition 'Fact Sales' = m
        		mode: import
        		source =
        				let
        				    Source = 1
        				in
        				    Source

        	annotation PBI_ResultType = Table
        """;

    [Fact]
    public void Table_QuotedNamesAndKeywords_AreUnquoted()
    {
        var table = Assert.Single(TmdlParser.ParseTables(Table));

        Assert.Equal("Fact Sales", table.Name);
        Assert.Equal(["level", "key"], table.Columns.Select(c => c.Name));
    }

    [Fact]
    public void Measure_MultiLineDax_KeepsExpressionAndProperties()
    {
        var measure = TmdlParser.ParseTables(Table)[0].Measures[0];

        Assert.Equal("Sales Amount", measure.Name);
        Assert.Equal("VAR x = SUM('Fact Sales'[amount])\nRETURN x", measure.Expression);
        Assert.Equal("0.000", measure.FormatString);
    }

    [Fact]
    public void Column_ImportedAndCalculated_AreDistinguished()
    {
        var table = TmdlParser.ParseTables(Table)[0];

        Assert.Equal(("string", "level", (string?)null), (table.Columns[0].DataType, table.Columns[0].SourceColumn, table.Columns[0].Expression));
        Assert.Equal(("string", (string?)null, "[a] & \"|\" & [b]"), (table.Columns[1].DataType, table.Columns[1].SourceColumn, table.Columns[1].Expression));
    }

    [Fact]
    public void Partition_MExpression_IsReadWithRelativeIndent()
    {
        var partition = Assert.Single(TmdlParser.ParseTables(Table)[0].Partitions);

        Assert.Equal("m", partition.Kind);
        Assert.Equal("let\n    Source = 1\nin\n    Source", partition.Source);
    }

    [Fact]
    public void Relationship_QualifiedColumns_AreSplit()
    {
        const string text = "relationship r1\n\tfromColumn: 'Fact Sales'.'level'\n\ttoColumn: dim_level.level\n\tisActive: false\n";

        var relationship = Assert.Single(TmdlParser.ParseRelationships(text));

        Assert.Equal(("Fact Sales", "level", "dim_level", "level", false),
            (relationship.FromTable, relationship.FromColumn, relationship.ToTable, relationship.ToColumn, relationship.IsActive));
    }

    [Fact]
    public void Expression_FencedBlock_IsReadVerbatim()
    {
        const string text = "expression f = ```\n\t\tlet\n\n\t\t    x = 1\n\t\tin x\n\t\t```\n\tlineageTag: 3\n";

        var expression = Assert.Single(TmdlParser.ParseExpressions(text));

        Assert.Equal("let\n\nx = 1\nin x", expression.Text.Replace("    ", ""));
    }

    [Fact]
    public void Reader_UnexpectedIndentation_Throws()
    {
        Assert.Throws<FormatException>(() => TmdlParser.ParseTables("table t\n\t\t\tcolumn c\n"));
    }

    [Fact]
    public void DaxReferences_SkipStringLiterals_AndReadQuotedTables()
    {
        var references = DaxReferences.In("CALCULATE([m], 'Fact Sales'[level] = \"[not a ref]\", dim_year[year] = 1)");

        Assert.Equal([new DaxReference(null, "m"), new DaxReference("Fact Sales", "level"), new DaxReference("dim_year", "year")], references);
    }
}
