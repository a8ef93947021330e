using Changji.Infra.Tests.Arm;

namespace Changji.Infra.Tests;

/// <summary>infra/modules/dataprotection.bicep and the redundancy parameter: the data outlives a zone, a slip of the hand and time.</summary>
public sealed class DataProtectionTests
{
    private static readonly CompiledInfra Infra = CompiledInfra.Main;

    [Fact]
    public void Redundancy_ZoneRedundantByDefault_AndAParameter()
    {
        var parameter = Infra.Template.GetProperty("parameters").GetProperty("storageRedundancy");

        Assert.Equal("Standard_ZRS", parameter.GetProperty("defaultValue").GetString());
        Assert.Equal(["Standard_LRS", "Standard_ZRS", "Standard_GRS", "Standard_GZRS"], parameter.GetProperty("allowedValues").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("Standard_ZRS", Infra.Single("Microsoft.Storage/storageAccounts").Eval("sku.name"));
    }

    [Fact]
    public void Lock_StorageAccount_CannotBeDeleted()
    {
        var deleteLock = Infra.Single("Microsoft.Authorization/locks");

        Assert.Equal("CanNotDelete", deleteLock.Eval("properties.level"));
        Assert.Contains("storageAccounts", deleteLock.Raw("scope").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lifecycle_RawIsNeverDeleted_IncomingAndBackupExpire_PackageKept()
    {
        var policy = Infra.Single("Microsoft.Storage/storageAccounts/managementPolicies");
        var rules = Assert.IsType<List<object?>>(policy.Eval("properties.policy.rules")).Cast<Dictionary<string, object?>>()
            .ToDictionary(r => (string)r["name"]!, r => (Dictionary<string, object?>)r["definition"]!);

        Assert.Equal(["app-package-snapshots", "backup-keep-35", "incoming-expire", "raw-keep-cool"], rules.Keys.Order());
        Assert.Equal(["raw/"], Prefixes(rules["raw-keep-cool"]));
        Assert.False(BaseBlob(rules["raw-keep-cool"]).ContainsKey("delete"));
        Assert.DoesNotContain("tierToArchive", BaseBlob(rules["raw-keep-cool"]).Keys);
        Assert.Equal(["incoming/"], Prefixes(rules["incoming-expire"]));
        Assert.True(BaseBlob(rules["incoming-expire"]).ContainsKey("delete"));
        Assert.Equal(["backup/"], Prefixes(rules["backup-keep-35"]));
        Assert.Equal(["app-package/"], Prefixes(rules["app-package-snapshots"]));
        Assert.False(((Dictionary<string, object?>)rules["app-package-snapshots"]["actions"]!).ContainsKey("baseBlob"));
    }

    [Fact]
    public void Backup_ContainerKept35Days_AndWrittenByTheAppThroughItsAccountWideBlobRole()
    {
        var policy = Infra.Single("Microsoft.Storage/storageAccounts/managementPolicies");
        var rule = Assert.IsType<List<object?>>(policy.Eval("properties.policy.rules")).Cast<Dictionary<string, object?>>()
            .Single(r => (string)r["name"]! == "backup-keep-35");
        var delete = (Dictionary<string, object?>)BaseBlob((Dictionary<string, object?>)rule["definition"]!)["delete"]!;
        var blobOwner = Infra.OfType("Microsoft.Authorization/roleAssignments")
            .Where(a => Equals(a.Eval("properties.principalId"), new ArmReference(Expected.IdentityId, "principalId")))
            .Single(a => ((string)a.Eval("properties.roleDefinitionId")!).EndsWith(Expected.StorageBlobDataOwner, StringComparison.Ordinal));

        Assert.Contains("backup", Infra.OfType("Microsoft.Storage/storageAccounts/blobServices/containers").Select(c => c.LeafName));
        Assert.Equal(35L, Convert.ToInt64(delete["daysAfterCreationGreaterThan"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Matches("Microsoft.Storage/storageAccounts/[^/]+$", (string)blobOwner.Eval("scope")!);
    }

    private static IEnumerable<object?> Prefixes(Dictionary<string, object?> definition) =>
        (List<object?>)((Dictionary<string, object?>)definition["filters"]!)["prefixMatch"]!;

    private static Dictionary<string, object?> BaseBlob(Dictionary<string, object?> definition) =>
        (Dictionary<string, object?>)((Dictionary<string, object?>)definition["actions"]!)["baseBlob"]!;
}
