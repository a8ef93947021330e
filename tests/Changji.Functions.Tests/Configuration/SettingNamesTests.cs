using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Changji.Functions.Auth;
using Changji.Functions.Configuration;
using Changji.Pipeline.Composition;
using Changji.Storage.Azure;
using Changji.Storage.Azure.Composition;
using Changji.Storage.Azure.ServiceBus;

namespace Changji.Functions.Tests.Configuration;

/// <summary>The names the code reads and the names infra deploys are written twice; these tests keep them equal.</summary>
public sealed partial class SettingNamesTests
{
    private static readonly string Infra = Path.Combine(RepoRoot.Path, "infra");

    /// <summary>The app settings of the function app: <c>{ name: 'X', value: ... }</c> in functionapp.bicep.</summary>
    private static readonly HashSet<string> AppSettings = [.. AppSettingName().Matches(File.ReadAllText(Path.Combine(Infra, "modules", "functionapp.bicep"))).Select(m => m.Groups[1].Value)];

    private static readonly JsonElement StorageNames = JsonDocument.Parse(File.ReadAllText(Path.Combine(Infra, "storage-names.json"))).RootElement;

    /// <summary>Settings infra need not set: a connection string and a name prefix exist for Azurite and tests only.</summary>
    private static readonly string[] TestOnly = [AzureSettingNames.StorageConnectionString, AzureSettingNames.StorageNamePrefix];

    public static TheoryData<string> AzureSettings()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(AzureSettingNames).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            var key = (string)field.GetRawConstantValue()!;
            if (!TestOnly.Contains(key))
            {
                data.Add(key);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AzureSettings))]
    public void AppSettings_AzureAdapterSetting_IsSetByInfra(string key) =>
        Assert.Contains(AsAppSetting(key), AppSettings);

    [Theory]
    [InlineData(nameof(StewardAuthOptions.Authority))]
    [InlineData(nameof(StewardAuthOptions.ClientId))]
    public void AppSettings_StewardAuth_IsSetByInfra(string property) =>
        Assert.Contains($"{StewardAuthOptions.Section}__{property}", AppSettings);

    [Fact]
    public void AppSettings_PipelineSubmissionDeadlines_IsSetByInfra() =>
        Assert.Contains(nameof(PipelineOptions.SubmissionDeadlines), AppSettings);

    [Fact]
    public void AppSettings_ReconcileSchedule_IsSetByInfra() =>
        Assert.Contains(TriggerNames.ReconcileScheduleSetting, AppSettings);

    [Fact]
    public void AppSettings_BulletinSchedule_IsSetByInfra() =>
        Assert.Contains(TriggerNames.BulletinScheduleSetting, AppSettings);

    [Fact]
    public void AppSettings_TemplatesSchedule_IsSetByInfra() =>
        Assert.Contains(TriggerNames.TemplatesScheduleSetting, AppSettings);

    [Fact]
    public void AppSettings_NotifySchedule_IsSetByInfra() =>
        Assert.Contains(TriggerNames.NotifyScheduleSetting, AppSettings);

    [Fact]
    public void AppSettings_BackupSchedule_IsSetByInfra() =>
        Assert.Contains(TriggerNames.BackupScheduleSetting, AppSettings);

    [Fact]
    public void Subscriptions_NamesAndMaxDeliveryCount_EqualInfra()
    {
        var notifications = File.ReadAllText(Path.Combine(Infra, "modules", "notifications.bicep"));
        var serviceBus = File.ReadAllText(Path.Combine(Infra, "modules", "servicebus.bicep"));
        var max = AlertSubscriptionDrain.MaxDeliveryCount.ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Contains($"param officeSubscriptionName string = '{AlertSubscriptionNames.Office}'", notifications, StringComparison.Ordinal);
        Assert.Contains($"param operationsSubscriptionName string = '{AlertSubscriptionNames.Operations}'", notifications, StringComparison.Ordinal);
        Assert.Contains($"param subscriptionName string = '{AlertSubscriptionNames.Office}'", serviceBus, StringComparison.Ordinal);
        Assert.Contains($"param maxDeliveryCount int = {max}", notifications, StringComparison.Ordinal);
        Assert.Contains($"maxDeliveryCount: {max}", serviceBus, StringComparison.Ordinal);
    }

    [Fact]
    public void StorageNames_DefaultContainers_EqualInfra()
    {
        var containers = StorageNames.GetProperty("containers");
        var d = AzureStorageNames.Default;

        Assert.Equal(
            [Name(containers, "incoming"), Name(containers, "raw"), Name(containers, "curated"), Name(containers, "reports"), Name(containers, "locks"), Name(containers, "templates"), Name(containers, "backup")],
            [d.Incoming, d.Raw, d.Curated, d.Reports, d.Locks, d.Templates, d.Backup]);
    }

    [Fact]
    public void StorageNames_DefaultQueues_EqualInfra()
    {
        var queues = StorageNames.GetProperty("queues");

        Assert.Equal([Name(queues, "ingest"), Name(queues, "recompute")], AzureStorageNames.Default.Queues);
    }

    [Fact]
    public void StorageNames_DefaultTables_EqualInfra()
    {
        var tables = StorageNames.GetProperty("tables").EnumerateArray().Select(t => t.GetString()!).ToList();

        Assert.Equal(tables.Order(StringComparer.Ordinal), AzureStorageNames.Default.Tables.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TriggerNames_Queues_EqualInfra()
    {
        var queues = StorageNames.GetProperty("queues");

        Assert.Equal((Name(queues, "ingest"), Name(queues, "recompute")), (TriggerNames.IngestQueue, TriggerNames.RecomputeQueue));
    }

    [Fact]
    public void AlertTopic_Default_EqualsInfra()
    {
        var declared = Directory.EnumerateFiles(Infra, "*.bicep")
            .SelectMany(f => AlertTopicName().Matches(File.ReadAllText(f)))
            .Select(m => m.Groups[1].Value)
            .Distinct()
            .ToList();

        Assert.Equal(new AzureOptions().AlertTopic, Assert.Single(declared));
    }

    /// <summary>An app setting writes the configuration section separator <c>:</c> as <c>__</c>.</summary>
    private static string AsAppSetting(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    private static string Name(JsonElement section, string key) => section.GetProperty(key).GetString()!;

    [GeneratedRegex(@"\bname:\s*'([^']+)'\s*,?\s*value:")]
    private static partial Regex AppSettingName();

    [GeneratedRegex(@"\balertTopicName\s*(?:string\s*)?=\s*'([^']+)'")]
    private static partial Regex AlertTopicName();
}
