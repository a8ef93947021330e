using System.CommandLine;
using Changji.Pipeline.Composition;
using Changji.Pipeline.UseCases;
using Changji.Storage.Local;
using Changji.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Changji.Cli;

/// <summary>
/// <c>changji bulletin --output DIR [--as-of INSTANT]</c>: the 督查通报 of the month before now (or before the
/// instant) from the output folder's alert ledger, written to <c>reports/通报/</c> as DOCX and HTML.
/// </summary>
public static class BulletinCommand
{
    public static Command Create(TimeProvider clock, TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = ZhCn.Text("cli.notify.option.output"),
            Required = true,
        };
        var asOf = new Option<string?>("--as-of") { Description = ZhCn.Text("cli.bulletin.option.as_of") };
        var command = new Command("bulletin", ZhCn.Text("cli.bulletin.description")) { output, asOf };
        command.SetAction(async (parse, ct) =>
        {
            var folder = parse.GetRequiredValue(output);
            var instant = parse.GetValue(asOf);
            if (!File.Exists(Path.Combine(folder.FullName, "infodb.sqlite")))
            {
                await stderr.WriteLineAsync(ZhCn.Format("cli.notify.error.no_database", ("path", folder.FullName))).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            if (new PipelineOptions { AsOf = instant } is { AsOf: { Length: > 0 }, AsOfInstant: null })
            {
                await stderr.WriteLineAsync(ZhCn.Format("cli.run.error.bad_as_of", ("value", instant))).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var settings = new Dictionary<string, string?> { [nameof(PipelineOptions.AsOf)] = instant };
            using var services = LocalHost.Build(new LocalFolders(folder.FullName, folder.FullName), string.IsNullOrEmpty(instant) ? clock : null, settings);
            var result = await services.GetRequiredService<WriteBulletin>().RunAsync(ct).ConfigureAwait(false);
            await stdout.WriteLineAsync(ZhCn.Format("cli.bulletin.summary", ("title", result.Title))).ConfigureAwait(false);
            foreach (var file in result.Files)
            {
                await stdout.WriteLineAsync(ZhCn.Format("cli.bulletin.file", ("path", Path.Combine(folder.FullName, "reports", file)))).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
