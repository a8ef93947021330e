using System.CommandLine;
using Changji.Pipeline.Notifications;
using Changji.Storage.Local;
using Changji.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Changji.Cli;

/// <summary>
/// <c>changji notify --output DIR --channels FILE</c> (docs/notifications.md): delivers the outbox of an
/// output folder to the channels of the file; what was delivered before is not sent again.
/// </summary>
public static class NotifyCommand
{
    /// <param name="environment">Reads the environment variables named by <c>env:NAME</c> in the channels file; null for the process environment.</param>
    public static Command Create(TimeProvider clock, TextWriter stdout, TextWriter stderr, Func<string, string?>? environment = null)
    {
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = ZhCn.Text("cli.notify.option.output"),
            Required = true,
        };
        var channels = ChannelsOption(required: true);
        var command = new Command("notify", ZhCn.Text("cli.notify.description")) { output, channels };
        command.SetAction(async (parse, ct) =>
        {
            if (await ExistingOutput.OpenAsync(parse.GetRequiredValue(output), stderr).ConfigureAwait(false) is not { } folders)
            {
                return ExitCodes.Usage;
            }

            var loaded = await LoadAsync(parse.GetRequiredValue(channels), environment, stderr).ConfigureAwait(false);
            return loaded is null
                ? ExitCodes.Usage
                : await DeliverAsync(folders, loaded, clock, stdout, ct).ConfigureAwait(false);
        });
        return command;
    }

    public static Option<FileInfo> ChannelsOption(bool required) => new("--channels")
    {
        Description = ZhCn.Text("cli.notify.option.channels"),
        Required = required,
    };

    /// <summary>Null (and the reason on <paramref name="stderr"/>) when the file cannot be used.</summary>
    public static async Task<IReadOnlyList<Channel>?> LoadAsync(FileInfo file, Func<string, string?>? environment, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            return ChannelsFile.Load(file.FullName, environment ?? Environment.GetEnvironmentVariable);
        }
        catch (ChannelsFileException ex)
        {
            await stderr.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>
    /// Delivers with the real <paramref name="clock"/>, never an <c>--as-of</c> instant: the robots check
    /// signatures' timestamps and the backoff counts real time.
    /// </summary>
    public static async Task<int> DeliverAsync(LocalFolders folders, IReadOnlyList<Channel> channels, TimeProvider clock, TextWriter stdout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        using var services = LocalHost.Build(folders, clock);
        var result = await services.GetRequiredService<Delivery>().RunAsync(channels, ct).ConfigureAwait(false);
        await stdout.WriteLineAsync(ZhCn.Format("cli.notify.summary",
            ("delivered", result.Delivered), ("retrying", result.Retrying), ("failed", result.Failed))).ConfigureAwait(false);
        foreach (var error in result.Errors)
        {
            await stdout.WriteLineAsync(ZhCn.Format("cli.notify.error_line", ("error", error))).ConfigureAwait(false);
        }

        return result.Errors.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }
}
