using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Changji.Functions.Auth;

/// <summary>The sign-in of the stewards' page: settings <c>StewardAuth__…</c>, the tenant's metadata, the token check.</summary>
public static class StewardAuthServiceCollectionExtensions
{
    public static IServiceCollection AddStewardAuth(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(StewardAuthOptions.Section).Get<StewardAuthOptions>() ?? new StewardAuthOptions();
        services.AddSingleton(options);
        services.AddSingleton(_ => StewardTokenValidator.Metadata(options));
        services.AddSingleton<StewardTokenValidator>();
        services.AddSingleton<StewardAccess>();
        return services;
    }
}
