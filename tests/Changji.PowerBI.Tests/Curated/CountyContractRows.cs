using System.Text.Json.Serialization;

namespace Changji.PowerBI.Tests.Curated;

/// <summary>The column every curated table gains last (issue 10): the 6-digit 县级行政区划代码.</summary>
public sealed record CountyCodeContractRow
{
    [JsonPropertyName("county_code")] public string CountyCode { get; init; } = "";
}
