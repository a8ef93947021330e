using System.Text.Json;
using System.Text.Json.Nodes;
using Changji.Evaluation.Facts;

namespace Changji.Evaluation.Catalogue;

/// <summary>Turns a resolved profile JSON (inheritance already applied) into a validated <see cref="Profile"/>.</summary>
internal static class ProfileReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static JsonObject ParseObject(string json)
    {
        try
        {
            return JsonNode.Parse(json, documentOptions: new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            }) as JsonObject ?? throw new CatalogueException("A profile must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw new CatalogueException($"A profile is not valid JSON: {e.Message}", e);
        }
    }

    public static string NameOf(JsonObject profile) =>
        profile["name"] is JsonValue name && name.TryGetValue<string>(out var text) && text.Length > 0
            ? text
            : throw new CatalogueException("A profile needs a \"name\".");

    public static string? BasedOnOf(JsonObject profile) =>
        profile["basedOn"] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    public static Profile Read(JsonObject resolved, string? basedOn)
    {
        var doc = resolved.Deserialize<ProfileDocument>(Options)
                  ?? throw new CatalogueException("A profile must be a JSON object.");
        var name = doc.Name ?? throw new CatalogueException("A profile needs a \"name\".");
        var resource = ReadResource(name, doc.Resource);
        var items = (doc.Items ?? []).Select(i => ReadItem(name, i, resource.FloorRatio)).ToArray();
        return new Profile(name, doc.Version ?? "", doc.TitleZh ?? name, basedOn, resource, items) { Plan = ReadPlan(name, doc.Plan) };
    }

    /// <summary>The plan's measures and answers (docs/plan-measures.md); a profile without a plan has no owners for its alerts.</summary>
    private static RectificationPlan? ReadPlan(string profile, PlanDocument? doc)
    {
        if (doc is null)
        {
            return null;
        }

        var measures = (doc.Measures ?? throw Missing(profile, "plan.measures")).Select(m =>
        {
            var number = m.Number ?? throw Missing(profile, "plan.measures[].number");
            var units = m.Units is { Count: > 0 } listed ? listed : throw Missing(profile, $"plan.measures[{number}].units");
            return new PlanMeasure(number, m.TitleZh ?? throw Missing(profile, $"plan.measures[{number}].titleZh"), m.GroupZh ?? "", units);
        }).ToArray();
        var answers = (doc.Answers ?? []).ToDictionary(
            a => a.Key,
            a => new PlanAnswer(a.Value.Measures ?? [], a.Value.Units ?? []),
            StringComparer.OrdinalIgnoreCase);
        try
        {
            return new RectificationPlan(measures, answers);
        }
        catch (CatalogueException e)
        {
            throw new CatalogueException($"Profile {profile}: {e.Message}", e);
        }
    }

    private static ResourceSettings ReadResource(string profile, ResourceDocument? doc)
    {
        if (doc is null)
        {
            throw new CatalogueException($"Profile {profile} has no \"resource\" settings.");
        }

        var weights = doc.SplitWeights ?? throw Missing(profile, "resource.splitWeights");
        return new ResourceSettings
        {
            CvMethod = ParseCvMethod(doc.CvMethod ?? "weighted"),
            CvLimits = ReadLevels(profile, doc.CvLimits ?? throw Missing(profile, "resource.cvLimits")),
            FloorRatio = doc.FloorRatio ?? throw Missing(profile, "resource.floorRatio"),
            MinIndicatorsMet = doc.MinIndicatorsMet ?? throw Missing(profile, "resource.minIndicatorsMet"),
            SplitWeights = new SplitWeights(
                weights.Primary ?? throw Missing(profile, "splitWeights.primary"),
                weights.Junior ?? throw Missing(profile, "splitWeights.junior"),
                weights.JuniorComplete ?? throw Missing(profile, "splitWeights.juniorComplete"),
                weights.SeniorComplete ?? throw Missing(profile, "splitWeights.seniorComplete"),
                weights.SeniorTwelveYear ?? throw Missing(profile, "splitWeights.seniorTwelveYear")),
            TeachingPointMinStudents = doc.TeachingPointMinStudents ?? throw Missing(profile, "resource.teachingPointMinStudents"),
            IncludePrivate = doc.IncludePrivate ?? true,
            Tolerance = doc.Tolerance ?? throw Missing(profile, "resource.tolerance"),
        };
    }

    private static IndicatorDefinition ReadItem(string profile, ItemDocument doc, double floorRatio)
    {
        var code = doc.Code ?? throw Missing(profile, "items[].code");
        string Need(string? value, string field) => value ?? throw Missing(profile, $"{code}.{field}");
        var levels = new Dictionary<SchoolLevel, LevelThreshold>();
        foreach (var (key, level) in doc.Levels ?? [])
        {
            var threshold = level.Threshold ?? throw Missing(profile, $"{code}.levels.{key}.threshold");
            // A floor left out is the profile's floor ratio of the threshold (docs/standard.md §1).
            levels[LevelCodes.Parse(key)] = new LevelThreshold(threshold, level.Floor ?? floorRatio * threshold);
        }
        return new IndicatorDefinition
        {
            Code = code,
            NameZh = Need(doc.NameZh, "nameZh"),
            Area = AreaCodes.Parse(Need(doc.Area, "area")),
            Comparator = ComparatorSymbols.Parse(Need(doc.Comparator, "comparator")),
            Unit = Need(doc.Unit, "unit"),
            Source = IndicatorSourceCodes.Parse(Need(doc.Source, "source")),
            RuleZh = Need(doc.RuleZh, "ruleZh"),
            Threshold = doc.Threshold,
            Figure = doc.Figure,
            Scale = doc.Scale ?? 1,
            Levels = levels,
            Parameters = doc.Parameters ?? [],
        };
    }

    private static Dictionary<SchoolLevel, double> ReadLevels(string profile, Dictionary<string, double> values)
    {
        var result = new Dictionary<SchoolLevel, double>();
        foreach (var (key, value) in values)
        {
            result[LevelCodes.Parse(key)] = value;
        }

        if (result.Count == 0)
        {
            throw Missing(profile, "resource.cvLimits");
        }

        return result;
    }

    private static CvMethod ParseCvMethod(string code) => code.Trim().ToLowerInvariant() switch
    {
        "weighted" => CvMethod.Weighted,
        "unweighted" => CvMethod.Unweighted,
        _ => throw new CatalogueException($"Unknown cvMethod '{code}' (expected weighted, unweighted)."),
    };

    private static CatalogueException Missing(string profile, string field) =>
        new($"Profile {profile} lacks \"{field}\".");
}
