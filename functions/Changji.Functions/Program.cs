using Changji.Functions.Configuration;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

// Isolated worker, .NET 10. The functions are thin: parse the trigger, call the shared pipeline.
var builder = FunctionsApplication.CreateBuilder(args);
builder.Services.AddChangjiPipeline(builder.Configuration);
builder.Build().Run();
