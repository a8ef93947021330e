namespace Changji.Text.Tests;

/// <summary>
/// Templates whose call sites still compose the text inline (files another change is restructuring):
/// the template must give exactly today's text, so switching over changes nothing users see.
/// </summary>
public class PendingTemplateTests
{
    [Fact]
    public void Template_CrossFileCheck_ReadsAsBefore()
    {
        const int year = 2024;
        const string code = "6523010099", name = "某学校";
        Assert.Equal(
            $"{year}学年 学校经费数据中的学校标识码「{code}」（{name}）不在本学年的学校基础数据中：应为已报送基础数据的学校；补报基础数据后本提示自动消除。",
            ZhCn.Format("cross_file.funding_school_unknown", ("year", year), ("school_code", code), ("school_name", name)));
    }

    [Fact]
    public void Template_RunProfileOption_ReadsAsBefore() =>
        Assert.Equal(
            "评估标准版本：changji-2022、national-2017。Evaluation profile.",
            ZhCn.Format("cli.run.option.profile", ("profiles", "changji-2022、national-2017")));
}
