using System.CommandLine;
using Changji.Evaluation.Catalogue;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Composition;
using Changji.Pipeline.Counties;
using Changji.Pipeline.Notifications;
using Changji.Pipeline.Ports;
using Changji.Pipeline.Reports;
using Changji.Pipeline.UseCases;
using Changji.Storage.Local;
using Changji.Text;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Changji.Cli;

/// <summary><c>changji run --input DIR --output DIR [--year Y] [--profile NAME] [--as-of INSTANT] [--county CODE] [--documents all|reports|home|none] [--channels FILE]</c> (docs/outputs.md §4); with channels it delivers after the run as <c>changji notify</c> does.</summary>
public static class RunCommand
{
    public static Command Create(TimeProvider clock, TextWriter stdout, TextWriter stderr, Func<string, string?>? environment = null)
    {
        var input = new Option<DirectoryInfo>("--input", "-i")
        {
            Description = ZhCn.Text("cli.run.option.input"),
            Required = true,
        };
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = ZhCn.Text("cli.run.option.output"),
            Required = true,
        };
        var year = new Option<int?>("--year", "-y") { Description = ZhCn.Text("cli.run.option.year") };
        var asOf = new Option<string?>("--as-of") { Description = ZhCn.Text("cli.run.option.as_of") };
        var county = new Option<string?>("--county") { Description = ZhCn.Text("cli.run.option.county") };
        var documents = new Option<string?>("--documents")
        {
            Description = ZhCn.Format("cli.run.option.documents",
                ("choices", string.Join("；", DocumentScopeCodes.Map.Values.Select(v => DocumentScopeCodes.Map.Code(v) + " " + DocumentScopeCodes.Map.Label(v))))),
        };
        var channels = NotifyCommand.ChannelsOption(required: false);
        var profile = new Option<string>("--profile", "-p")
        {
            Description = ZhCn.Format("cli.run.option.profile", ("profiles", string.Join("、", Catalogue.Builtin.Names))),
            DefaultValueFactory = _ => Catalogue.DefaultProfileName,
        };

        var command = new Command("run", ZhCn.Text("cli.run.description"))
        {
            input, output, year, profile, asOf, county, documents, channels,
        };
        command.SetAction(async (parse, ct) =>
        {
            IReadOnlyList<Channel>? loaded = null;
            if (parse.GetValue(channels) is { } file && (loaded = await NotifyCommand.LoadAsync(file, environment, stderr).ConfigureAwait(false)) is null)
            {
                return ExitCodes.Usage;
            }

            var code = await RunAsync(parse.GetRequiredValue(input), parse.GetRequiredValue(output), parse.GetValue(year), parse.GetValue(profile)!, parse.GetValue(asOf), parse.GetValue(county), parse.GetValue(documents), clock, stdout, stderr, ct)
                .ConfigureAwait(false);
            if (loaded is null || code is ExitCodes.Usage or ExitCodes.Failure)
            {
                return code;
            }

            var delivered = await NotifyCommand.DeliverAsync(new LocalFolders(parse.GetRequiredValue(output).FullName, parse.GetRequiredValue(input).FullName), loaded, clock, stdout, ct)
                .ConfigureAwait(false);
            return delivered == ExitCodes.Success ? code : delivered;
        });
        return command;
    }

    /// <summary>Colours and live progress only on a terminal; piped or captured output gets plain, wide tables.</summary>
    private static IAnsiConsole ConsoleFor(TextWriter stdout)
    {
        var terminal = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = 160;
        }

        return console;
    }

    private static async Task<int> RunAsync(DirectoryInfo input, DirectoryInfo output, int? year, string profileName, string? asOf, string? county, string? documents, TimeProvider clock,
        TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (!input.Exists)
        {
            await stderr.WriteLineAsync(ZhCn.Format("cli.run.error.input_missing", ("path", input.FullName))).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        if (!Catalogue.Builtin.TryGet(profileName, out var profile))
        {
            await stderr.WriteLineAsync(ZhCn.Format("cli.run.error.unknown_profile", ("profile", profileName), ("profiles", string.Join("、", Catalogue.Builtin.Names)))).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var settings = new Dictionary<string, string?> { [nameof(PipelineOptions.EvaluationProfile)] = profile.Name, [nameof(PipelineOptions.AsOf)] = asOf };
        if (new PipelineOptions { AsOf = asOf } is { AsOf: { Length: > 0 }, AsOfInstant: null })
        {
            await stderr.WriteLineAsync(ZhCn.Format("cli.run.error.bad_as_of", ("value", asOf))).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        if (county is not null && !HomeCounty.IsCode(county))
        {
            await stderr.WriteLineAsync(ZhCn.Format("cli.run.error.bad_county", ("value", county))).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        if (county is not null)
        {
            settings[nameof(PipelineOptions.County)] = county;
        }

        if (documents is not null && !DocumentScopeCodes.Map.TryParse(documents, out _))
        {
            await stderr.WriteLineAsync(ZhCn.Format("cli.run.error.bad_documents", ("value", documents))).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        settings[nameof(PipelineOptions.Documents)] = documents ?? DocumentScopeCodes.Map.Code(DocumentScope.All);

        var console = ConsoleFor(stdout);
        try
        {
            // "As of" replaces the clock: the run is evaluated at that instant whatever the time is now.
            using var services = LocalHost.Build(new LocalFolders(output.FullName, input.FullName), string.IsNullOrEmpty(asOf) ? clock : null, settings);
            var run = services.GetRequiredService<RunPipeline>();
            var files = (await services.GetRequiredService<IIncomingStore>().ListAsync(ct).ConfigureAwait(false)).Count;
            var summary = await console.Progress()
                .AutoClear(true)
                .StartAsync(async context =>
                {
                    var task = context.AddTask(ZhCn.Text("cli.run.progress"), maxValue: Math.Max(1, files));
                    var progress = new Progress<RunProgress>(p =>
                    {
                        task.Description = p.StepZh;
                        task.Value = p.Done;
                    });
                    var result = await run.RunAsync(year, progress, ct).ConfigureAwait(false);
                    task.Value = task.MaxValue;
                    return result;
                }).ConfigureAwait(false);

            RunSummaryView.Render(console, summary, services.GetRequiredService<LocalFolders>());
            return summary.AnyRejected ? ExitCodes.Rejections : ExitCodes.Success;
        }
        catch (Exception ex) when (ex is ProfileChangedException or HomeCountyChangedException)
        {
            await stderr.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or Microsoft.Data.Sqlite.SqliteException)
        {
            await stderr.WriteLineAsync(ZhCn.Format("cli.run.error.failed", ("message", ex.Message))).ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }
}
