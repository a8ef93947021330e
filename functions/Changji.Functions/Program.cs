using Changji.Functions.Auth;
using Changji.Notifications.Composition;
using Changji.Pipeline.Composition;
using Changji.Storage.Azure.Composition;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

// Isolated worker, .NET 10. The functions are thin: parse the trigger, call one use case.
var builder = FunctionsApplication.CreateBuilder(args);
// ASP.NET Core integration: the stewards' page and API are HTTP triggers on HttpRequest.
builder.ConfigureFunctionsWebApplication();
builder.Services.AddChangjiPipeline(builder.Configuration).AddAzureStorage(builder.Configuration).AddNotificationChannels().AddStewardAuth(builder.Configuration);
builder.Build().Run();
