using System.Text;
using Changji.PowerBI.Tests.Infrastructure;
using Changji.PowerBI.Tests.Variants;

namespace Changji.PowerBI.Tests;

/// <summary>Issue 13 point 10: the project published against Azure makes no Folder.Files call and is generated from the edited one.</summary>
public sealed class AzureVariantTests
{
    [Fact]
    public void AzureVariant_CommittedFiles_AreGeneratedFromTheMainProject()
    {
        if (Environment.GetEnvironmentVariable("CHANGJI_UPDATE_POWERBI") == "1")
        {
            AzureVariant.Write(RepoPaths.PowerBi);
        }

        var expected = AzureVariant.Generate(RepoPaths.PowerBi);
        var committed = AzureVariant.Committed(RepoPaths.PowerBi);

        // Regenerate with: CHANGJI_UPDATE_POWERBI=1 dotnet test tests/Changji.PowerBI.Tests --filter FullyQualifiedName~AzureVariantTests
        Assert.Equal(expected.Keys, committed.Keys);
        Assert.Empty(expected.Where(x => !x.Value.AsSpan().SequenceEqual(committed[x.Key])).Select(x => x.Key));
    }

    [Fact]
    public void AzureVariant_Model_ReadsAdlsOnlyAndCallsNoFolderFiles()
    {
        var model = AzureVariant.Generate(RepoPaths.PowerBi)
            .Where(x => x.Key.StartsWith(AzureVariant.ModelFolder + "/", StringComparison.Ordinal) && x.Key.EndsWith(".tmdl", StringComparison.Ordinal))
            .Select(x => Encoding.UTF8.GetString(x.Value)).ToList();

        Assert.NotEmpty(model);
        Assert.DoesNotContain(model, text => text.Contains("Folder.Files", StringComparison.Ordinal));
        Assert.DoesNotContain(model, text => text.Contains("CuratedSource", StringComparison.Ordinal));
        Assert.Single(model, text => text.Contains("AzureStorage.DataLake(CuratedRoot)", StringComparison.Ordinal));
        // No cloud's host name in a source file (Changji.Infra.Tests CloudTests): the default is a placeholder for curatedDfsUrl.
        Assert.DoesNotContain(model, text => text.Contains("core.windows.net", StringComparison.Ordinal) || text.Contains("chinacloudapi.cn", StringComparison.Ordinal));
    }

    [Fact]
    public void AzureVariant_Report_BindsTheAzureModel()
    {
        var pbir = Encoding.UTF8.GetString(AzureVariant.Generate(RepoPaths.PowerBi)[$"{AzureVariant.ReportFolder}/definition.pbir"]);

        Assert.Contains($"\"../{AzureVariant.ModelFolder}\"", pbir, StringComparison.Ordinal);
    }
}
