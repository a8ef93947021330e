using System.CommandLine;
using Changji.Pipeline.Composition;
using Changji.Pipeline.Notifications;
using Changji.Pipeline.UseCases;
using Changji.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Changji.Cli;

/// <summary>
/// <c>changji bulletin --output DIR [--as-of INSTANT] [--channels FILE]</c>: the 督查通报 of the month before now (or before the
/// instant) from the output folder's alert ledger, written to <c>reports/通报/</c> as DOCX and HTML; its notice is queued in
/// the outbox and, with channels, delivered as <c>changji notify</c> does (docs/notifications.md).
/// </summary>
public static class BulletinCommand
{
    /// <param name="environment">Reads the environment variables named by <c>env:NAME</c> in the channels file; null for the process environment.</param>
    public static Command Create(TimeProvider clock, TextWriter stdout, TextWriter stderr, Func<string, string?>? environment = null)
    {
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = ZhCn.Text("cli.notify.option.output"),
            Required = true,
        };
        var asOf = new Option<string?>("--as-of") { Description = ZhCn.Text("cli.bulletin.option.as_of") };
        var channels = NotifyCommand.ChannelsOption(required: false);
        var command = new Command("bulletin", ZhCn.Text("cli.bulletin.description")) { output, asOf, channels };
        command.SetAction(async (parse, ct) =>
        {
            IReadOnlyList<Channel>? loaded = null;
            if (parse.GetValue(channels) is { } channelsFile && (loaded = await NotifyCommand.LoadAsync(channelsFile, environment, stderr).ConfigureAwait(false)) is null)
            {
                return ExitCodes.Usage;
            }

            var instant = parse.GetValue(asOf);
            if (await ExistingOutput.OpenAsync(parse.GetRequiredValue(output), stderr).ConfigureAwait(false) is not { } folders)
            {
                return ExitCodes.Usage;
            }

            if (new PipelineOptions { AsOf = instant } is { AsOf: { Length: > 0 }, AsOfInstant: null })
            {
                await stderr.WriteLineAsync(ZhCn.Format("cli.run.error.bad_as_of", ("value", instant))).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var settings = new Dictionary<string, string?> { [nameof(PipelineOptions.AsOf)] = instant };
            BulletinResult result;
            using (var services = LocalHost.Build(folders, string.IsNullOrEmpty(instant) ? clock : null, settings))
            {
                result = await services.GetRequiredService<WriteBulletin>().RunAsync(ct).ConfigureAwait(false);
            }

            await stdout.WriteLineAsync(ZhCn.Format("cli.bulletin.summary", ("title", result.Title))).ConfigureAwait(false);
            foreach (var file in result.Files)
            {
                await stdout.WriteLineAsync(ZhCn.Format("cli.bulletin.file", ("path", Path.Combine(folders.Reports, file)))).ConfigureAwait(false);
            }

            return loaded is null ? ExitCodes.Success : await NotifyCommand.DeliverAsync(folders, loaded, clock, stdout, ct).ConfigureAwait(false);
        });
        return command;
    }
}
