namespace Changji.Ingestion.Tests.Reading;

/// <summary>A workbook with an opening password is refused as such, whatever its name, never as a damaged file.</summary>
public class EncryptedWorkbookTests
{
    [Theory]
    [InlineData("2024/学校基础数据.xlsx")]
    [InlineData("2024/学校基础数据.xls")]
    [InlineData("2024/学校基础数据.xlsm")]
    [InlineData("2024/学校基础数据.csv")]
    [InlineData("2024/学校基础数据.et")]
    [InlineData("2024/学校基础数据.dat")]
    public void EncryptedPackage_AnyExtension_IsRefusedAskingToRemoveThePassword(string name)
    {
        var bytes = RawCompoundFile.Write("EncryptionInfo", "EncryptedPackage");

        var file = Ingest.Bytes(bytes, name);

        Assert.True(file.Rejected);
        var finding = FindingAssert.Single(file, "encrypted_file", null, null);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("已加密（设置了打开密码）", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("请取消密码后重新报送", finding.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain(file.Findings, f => f.Code == "unreadable_file");
    }

    [Fact]
    public void EncryptedPackage_OnlyStream_IsStillEncrypted()
    {
        var file = Ingest.Bytes(RawCompoundFile.Write("EncryptedPackage"), "2024/x.xlsx");

        FindingAssert.Single(file, "encrypted_file", null, null);
    }

    [Fact]
    public void PlainXls_IsNotTakenForEncrypted() =>
        Assert.DoesNotContain(Ingest.Bytes(Fixtures.Bytes("学校基础数据-2024.xls"), "2024/x.xls").Findings, f => f.Code == "encrypted_file");
}
