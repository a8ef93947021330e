using Changji.Pipeline.Alerts;

namespace Changji.Pipeline.Tests;

public sealed class ValueListTests
{
    [Fact]
    public void Equality_SameItems_EqualSoLedgerLinesCompareByValue()
    {
        ValueList<string> a = ["市教育局", "各乡镇"];
        var b = ValueList.From(new List<string> { "市教育局", "各乡镇" });

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, ValueList.From(["各乡镇", "市教育局"]));
    }

    [Fact]
    public void Json_RecordWithLists_RoundTripsAsPlainArraysAndStaysEqual()
    {
        var line = new AlertRecord
        {
            AlertId = "a", Key = "k", Rule = "cv_over_limit", Severity = "high", Subject = "county", MessageZh = "m",
            Status = AlertStatus.Open, OpenedYear = 2023, OpenedAtUtc = new DateTime(2026, 6, 1, 8, 0, 0, DateTimeKind.Utc), LastSeenYear = 2023,
            ResponsibleUnits = ["市发改委", "市教育局"], Measures = [7, 6], DueDate = new DateOnly(2026, 8, 30),
        };

        var json = PipelineJson.Serialize(line);

        Assert.Contains("\"measures\":[7,6]", json, StringComparison.Ordinal);
        Assert.Contains("\"responsibleUnits\":[\"市发改委\",\"市教育局\"]", json, StringComparison.Ordinal);
        Assert.Equal(line, PipelineJson.Deserialize<AlertRecord>(json));
    }
}
