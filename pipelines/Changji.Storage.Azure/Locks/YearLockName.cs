using System.Globalization;
using Changji.Pipeline.Counties;

namespace Changji.Storage.Azure.Locks;

/// <summary>
/// The blob a year's lease is held on: <c>{year}</c> (<c>none</c> for files without a year folder) for the
/// home county, as before counties, and <c>{year}-{county}</c> for another, like the facts' partition keys
/// (docs/azure.md, "Several counties in Azure").
/// </summary>
public static class YearLockName
{
    /// <summary>The lease of the curated files spanning counties and the manifests (<c>IYearLocks.AcquireRegionAsync</c>): no year or county lease has this name.</summary>
    public const string Region = "region";

    public static string Of(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? "none";

    /// <exception cref="ArgumentException"><paramref name="county"/> is not a 县级行政区划代码 (six digits).</exception>
    public static string Of(int? year, string county, HomeCounty home)
    {
        ArgumentNullException.ThrowIfNull(home);
        if (!HomeCounty.IsCode(county))
        {
            throw new ArgumentException($"A county lock needs a six-digit county code, not '{county}'.", nameof(county));
        }

        return home.Stored(county) is { } other ? $"{Of(year)}-{other}" : Of(year);
    }
}
