using Changji.Pipeline.Counties;
using Changji.Storage.Azure.Locks;

namespace Changji.Storage.Azure.Tests.Locks;

public sealed class YearLockNameTests
{
    [Fact]
    public void Of_HomeCounty_TheYearsOwnName() =>
        Assert.Equal("2024", YearLockName.Of(2024, "652301", HomeCounty.Changji));

    [Fact]
    public void Of_OtherCounty_YearAndCountyLikeTheFactPartitions() =>
        Assert.Equal("2024-652302", YearLockName.Of(2024, "652302", HomeCounty.Changji));

    [Fact]
    public void Of_NoYearOtherCounty_NoneAndCounty() =>
        Assert.Equal("none-652302", YearLockName.Of(null, "652302", HomeCounty.Changji));

    [Fact]
    public void Of_OtherHomeCounty_ChangjiIsAnOtherCounty() =>
        Assert.Equal("2024-652301", YearLockName.Of(2024, "652301", HomeCounty.Changji with { Code = "652302" }));
}
