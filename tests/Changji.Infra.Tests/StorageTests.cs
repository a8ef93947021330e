using System.Text.Json;

namespace Changji.Infra.Tests;

public sealed class StorageTests
{
    private static readonly CompiledInfra Infra = CompiledInfra.Main;

    [Fact]
    public void Account_Security_IsKeylessTls12AndPrivate()
    {
        var account = Infra.Single("Microsoft.Storage/storageAccounts");

        Assert.Equal(false, account.Eval("properties.allowSharedKeyAccess"));
        Assert.Equal("TLS1_2", account.Eval("properties.minimumTlsVersion"));
        Assert.Equal(false, account.Eval("properties.allowBlobPublicAccess"));
        Assert.Equal(true, account.Eval("properties.supportsHttpsTrafficOnly"));
    }

    [Fact]
    public void Account_HierarchicalNamespace_IsOnByDefaultForPowerBi()
    {
        var account = Infra.Single("Microsoft.Storage/storageAccounts");

        Assert.Equal(true, account.Eval("properties.isHnsEnabled"));
    }

    [Fact]
    public void Containers_DataDeploymentAndDeadLetter_AllExistAndArePrivate()
    {
        var containers = Infra.OfType("Microsoft.Storage/storageAccounts/blobServices/containers");

        Assert.Equal(
            Expected.DataContainers.Append(Expected.DeploymentContainer).Append(Expected.EventGridDeadLetterContainer).Order(),
            containers.Select(c => c.LeafName).Order());
        Assert.All(containers, c => Assert.Equal("None", c.Eval("properties.publicAccess")));
    }

    [Fact]
    public void Queues_IngestAndRecompute_Exist()
    {
        var queues = Infra.OfType("Microsoft.Storage/storageAccounts/queueServices/queues");

        Assert.Equal([Expected.IngestQueue, Expected.RecomputeQueue], queues.Select(q => q.LeafName).Order());
    }

    [Fact]
    public void Tables_InformationDatabase_AllExist()
    {
        var tables = Infra.OfType("Microsoft.Storage/storageAccounts/tableServices/tables");

        Assert.Equal(Expected.Tables.Order(), tables.Select(t => t.LeafName).Order());
    }

    // The app's code matches infra/storage-names.json; it must list the same tables in one array.
    [Fact]
    public void NamesFile_Tables_MatchTheDeployedTables()
    {
        using var names = JsonDocument.Parse(File.ReadAllText(RepoRoot.Infra("storage-names.json")));
        var tables = names.RootElement.GetProperty("tables").EnumerateArray().Select(t => t.GetString()!);

        Assert.Equal(Expected.Tables, tables);
    }
}
