using System.Net.Http.Headers;
using Changji.Functions.Auth;
using Changji.Functions.Triggers;
using Changji.Notifications.Composition;
using Changji.Pipeline.Composition;
using Changji.Pipeline.Ports;
using Changji.Storage.Azure.Composition;
using Changji.Testing.Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Changji.Functions.Tests.Support;

/// <summary>
/// The Functions app's composition (pipeline, Azure storage on Azurite, the stewards' sign-in) with the
/// test issuer's metadata in place of the tenant's; the stewards' functions resolved as the host would.
/// </summary>
internal sealed class StewardTestApp : IDisposable
{
    private readonly ServiceProvider services;

    private StewardTestApp(TestStorage storage, TestTokenIssuer issuer, string connectionString, IReadOnlyDictionary<string, string?>? settings)
    {
        Storage = storage;
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            [AzureSettingNames.StorageConnectionString] = connectionString,
            [AzureSettingNames.StorageNamePrefix] = storage.Prefix,
            ["StewardAuth:Authority"] = issuer.Options.Authority,
            ["StewardAuth:ClientId"] = issuer.Options.ClientId,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton<IAlertSender>(new RecordingSender())
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddChangjiPipeline(configuration)
            .AddAzureStorage(configuration)
            .AddNotificationChannels()
            .AddStewardAuth(configuration)
            .AddSingleton(issuer.Metadata())
            .AddSingleton<StewardApi>().AddSingleton<StewardPageFiles>().AddSingleton<IngestFile>()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public FixedClock Clock { get; } = FixedClock.InSchoolYear2025();
    public TestStorage Storage { get; }
    public StewardApi Api => services.GetRequiredService<StewardApi>();
    public StewardPageFiles Page => services.GetRequiredService<StewardPageFiles>();
    public T Get<T>() where T : notnull => services.GetRequiredService<T>();
    public Azure.Storage.Blobs.BlobContainerClient Incoming => Storage.Clients.Blobs.GetBlobContainerClient(Storage.Names.Incoming);

    public static async Task<StewardTestApp> CreateAsync(AzuriteFixture azurite, TestTokenIssuer issuer, IReadOnlyDictionary<string, string?>? settings = null) =>
        new(await TestStorage.CreateAsync(azurite), issuer, azurite.ConnectionString, settings);

    /// <summary>A GET as the host hands it to the function, with the bearer token when given.</summary>
    public static HttpRequest Get(string? token)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        if (token is not null)
        {
            context.Request.Headers.Authorization = "Bearer " + token;
        }

        return context.Request;
    }

    /// <summary>A multipart upload (field <c>file</c>) as the page posts it.</summary>
    public static async Task<HttpRequest> UploadAsync(string? token, string name, byte[] content, string contentType = "text/csv")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", name);
        var body = new MemoryStream();
        await form.CopyToAsync(body);
        body.Position = 0;
        var request = Get(token);
        request.Method = "POST";
        request.ContentType = form.Headers.ContentType!.ToString();
        request.ContentLength = body.Length;
        request.Body = body;
        return request;
    }

    public void Dispose() => services.Dispose();
}
