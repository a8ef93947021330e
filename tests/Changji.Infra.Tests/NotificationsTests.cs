namespace Changji.Infra.Tests;

/// <summary>infra/modules/notifications.bicep: the subscriptions the Notify function drains, their filters, the Key Vault for channel secrets.</summary>
public sealed class NotificationsTests
{
    private const string SubscriptionType = "Microsoft.ServiceBus/namespaces/topics/subscriptions";
    private const string RuleType = "Microsoft.ServiceBus/namespaces/topics/subscriptions/rules";
    private static readonly CompiledInfra Infra = CompiledInfra.Main;

    [Fact]
    public void Subscriptions_OfficeAndOperations_BothOnTheAlertTopicWithTheDrainsMaxDeliveryCount()
    {
        var subscriptions = Infra.OfType(SubscriptionType);

        Assert.Equal([Expected.OperationsSubscription, Expected.AlertSubscription], subscriptions.Select(s => s.LeafName).Order());
        Assert.All(subscriptions, s => Assert.Equal(Expected.AlertTopic, s.FullName.Split('/')[^2]));
        Assert.All(subscriptions, s => Assert.Equal(Expected.MaxDeliveryCount, s.Eval("properties.maxDeliveryCount")));
        Assert.All(subscriptions, s => Assert.Equal("PT1M", s.Eval("properties.lockDuration")));
    }

    [Fact]
    public void Rules_DefaultRuleOfEachSubscription_FiltersOnAudienceSoTheOfficeNeverSeesOperationalAlerts()
    {
        var rules = Infra.OfType(RuleType).ToDictionary(r => r.FullName.Split('/')[^2], StringComparer.Ordinal);

        Assert.Equal(2, rules.Count);
        Assert.All(rules.Values, r => Assert.Equal(("$Default", "SqlFilter"), (r.LeafName, (string?)r.Eval("properties.filterType"))));
        Assert.Equal("audience = 'operations'", rules[Expected.OperationsSubscription].Eval("properties.sqlFilter.sqlExpression"));
        Assert.Equal("audience IS NULL OR audience <> 'operations'", rules[Expected.AlertSubscription].Eval("properties.sqlFilter.sqlExpression"));
    }

    [Fact]
    public void Receiver_Role_IsGrantedOnEachSubscriptionOnly()
    {
        var scopes = Infra.OfType("Microsoft.Authorization/roleAssignments")
            .Where(a => ((string)a.Eval("properties.roleDefinitionId")!).EndsWith(Expected.ServiceBusDataReceiver, StringComparison.Ordinal))
            .Select(a => (string)a.Eval("scope")!)
            .Order()
            .ToList();

        Assert.Equal(2, scopes.Count);
        Assert.EndsWith($"/topics/{Expected.AlertTopic}/subscriptions/{Expected.OperationsSubscription}", scopes[0], StringComparison.Ordinal);
        Assert.EndsWith($"/topics/{Expected.AlertTopic}/subscriptions/{Expected.AlertSubscription}", scopes[1], StringComparison.Ordinal);
    }

    [Fact]
    public void KeyVault_RbacModeWithPurgeProtection_AppReadsSecretsOnly()
    {
        var vault = Infra.Single("Microsoft.KeyVault/vaults");
        var secretsUser = Assert.Single(Infra.OfType("Microsoft.Authorization/roleAssignments"),
            a => ((string)a.Eval("properties.roleDefinitionId")!).EndsWith(Expected.KeyVaultSecretsUser, StringComparison.Ordinal));

        Assert.Equal(true, vault.Eval("properties.enableRbacAuthorization"));
        Assert.Equal(true, vault.Eval("properties.enablePurgeProtection"));
        Assert.False(vault.Element.GetProperty("properties").TryGetProperty("accessPolicies", out _));
        Assert.True(vault.LeafName.Length <= 24);
        Assert.EndsWith($"Microsoft.KeyVault/vaults/{vault.LeafName}", (string)secretsUser.Eval("scope")!, StringComparison.Ordinal);
    }

    [Fact]
    public void AppSettings_Default_NotifyScheduleAndEmptyChannelsAndNoKeyVaultReference()
    {
        var settings = AppSettings.Of(Infra);

        Assert.Equal("0 */5 * * * *", settings["NotifySchedule"].Text);
        Assert.Equal("", settings["NotifyChannels"].Text);
        Assert.DoesNotContain(settings.Values, s => s.Text.StartsWith("@Microsoft.KeyVault", StringComparison.Ordinal));
    }

    [Fact]
    public void AppSettings_ChannelSecretNames_EachAKeyVaultReferenceToItsSecretInTheVault()
    {
        var infra = CompiledInfra.With(new Dictionary<string, object?>
        {
            ["channelSecretNames"] = new List<object?> { "CHANGJI_WECOM_URL", "CHANGJI_DINGTALK_SECRET" },
            ["notifyChannels"] = """{"channels":[{"name":"督导室群","type":"wecom","url":"env:CHANGJI_WECOM_URL"}]}""",
        });
        var vault = infra.Single("Microsoft.KeyVault/vaults").LeafName;

        var settings = AppSettings.Of(infra);

        Assert.Equal($"@Microsoft.KeyVault(VaultName={vault};SecretName=CHANGJI-WECOM-URL)", settings["CHANGJI_WECOM_URL"].Text);
        Assert.Equal($"@Microsoft.KeyVault(VaultName={vault};SecretName=CHANGJI-DINGTALK-SECRET)", settings["CHANGJI_DINGTALK_SECRET"].Text);
        Assert.Contains("env:CHANGJI_WECOM_URL", settings["NotifyChannels"].Text, StringComparison.Ordinal);
    }
}
