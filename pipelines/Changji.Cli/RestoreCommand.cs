using System.CommandLine;
using Changji.Pipeline.Composition;
using Changji.Pipeline.UseCases;
using Changji.Storage.Azure;
using Changji.Storage.Azure.Backups;
using Changji.Storage.Azure.Connection;
using Changji.Storage.Azure.Composition;
using Changji.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Changji.Cli;

/// <summary>
/// <c>changji restore [--snapshot NAME] [--list] [--force]</c> (docs/runbooks.md, "Restore the information
/// database"): rebuilds the Azure tables from a snapshot of the nightly <c>Backup</c> function, or with
/// <c>--from-raw</c> by taking every file of <c>raw/</c> again in receipt order (<see cref="RawReplay"/>). It connects
/// as the Functions app does (<c>AddAzureStorage</c>, the same setting names, read from the environment),
/// with the operator's own Entra sign-in (az login) in place of the app's managed identity.
/// </summary>
public static class RestoreCommand
{
    /// <param name="configuration">The app settings; null for the process environment (<c>Storage__tableServiceUri</c> …).</param>
    public static Command Create(TextWriter stdout, TextWriter stderr, IConfiguration? configuration = null)
    {
        var snapshot = new Option<string>("--snapshot") { Description = ZhCn.Text("cli.restore.option.snapshot") };
        var list = new Option<bool>("--list") { Description = ZhCn.Text("cli.restore.option.list") };
        var force = new Option<bool>("--force") { Description = ZhCn.Text("cli.restore.option.force") };
        var fromRaw = new Option<bool>("--from-raw") { Description = ZhCn.Text("cli.restore.option.from_raw") };
        var command = new Command("restore", ZhCn.Text("cli.restore.description")) { snapshot, list, force, fromRaw };
        command.SetAction(async (parse, ct) =>
        {
            var clock = new ReplayClock();
            // Async disposal: a Service Bus client (when the environment names a namespace) disposes only so.
            await using var services = new ServiceCollection()
                .AddSingleton<TimeProvider>(clock)
                .AddChangjiPipeline(configuration ??= new ConfigurationBuilder().AddEnvironmentVariables().Build())
                .AddAzureStorage(configuration)
                .BuildServiceProvider();
            try
            {
                _ = services.GetRequiredService<IOptions<AzureOptions>>().Value;
                _ = services.GetRequiredService<IOptions<PipelineOptions>>().Value;
            }
            catch (OptionsValidationException error)
            {
                await stderr.WriteLineAsync(ZhCn.Format("cli.restore.error.settings", ("details", string.Join(" ", error.Failures)))).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            if (parse.GetValue(fromRaw))
            {
                var replay = new RawReplay(services.GetRequiredService<AzureStorageClients>(), services.GetRequiredService<AzureStorageNames>(), services.GetRequiredService<IngestIncoming>(), clock);
                return await ReplayAsync(replay, parse.GetValue(force), stdout, stderr, ct).ConfigureAwait(false);
            }

            var restore = services.GetRequiredService<TableRestore>();
            return parse.GetValue(list)
                ? await ListAsync(restore, stdout, ct).ConfigureAwait(false)
                : await RestoreAsync(restore, parse.GetValue(snapshot), parse.GetValue(force), stdout, stderr, ct).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> ReplayAsync(RawReplay replay, bool force, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var result = await replay.RunAsync(force, ct).ConfigureAwait(false);
        if (result.Status == RestoreStatus.TablesNotEmpty)
        {
            await stderr.WriteLineAsync(ZhCn.Format("cli.restore.refused", ("tables", string.Join("、", result.NonEmptyTables)))).ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        await stdout.WriteLineAsync(ZhCn.Format("cli.restore.raw_summary", ("files", result.Files))).ConfigureAwait(false);
        foreach (var name in result.Skipped)
        {
            await stdout.WriteLineAsync(ZhCn.Format("cli.restore.raw_skipped", ("name", name))).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static async Task<int> ListAsync(TableRestore restore, TextWriter stdout, CancellationToken ct)
    {
        var snapshots = await restore.ListAsync(ct).ConfigureAwait(false);
        if (snapshots.Count == 0)
        {
            await stdout.WriteLineAsync(ZhCn.Text("cli.restore.none")).ConfigureAwait(false);
        }

        foreach (var name in snapshots)
        {
            await stdout.WriteLineAsync(ZhCn.Format("cli.restore.list_line", ("snapshot", name))).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static async Task<int> RestoreAsync(TableRestore restore, string? snapshot, bool force, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        RestoreResult result;
        try
        {
            result = await restore.RestoreAsync(snapshot, force, ct).ConfigureAwait(false);
        }
        catch (SnapshotFormatException error)
        {
            await stderr.WriteLineAsync(ZhCn.Format("cli.restore.error.snapshot", ("details", error.Message))).ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        switch (result.Status)
        {
            case RestoreStatus.NotFound:
                await stderr.WriteLineAsync(result.Snapshot is null ? ZhCn.Text("cli.restore.none") : ZhCn.Format("cli.restore.not_found", ("snapshot", result.Snapshot))).ConfigureAwait(false);
                return ExitCodes.Failure;
            case RestoreStatus.TablesNotEmpty:
                await stderr.WriteLineAsync(ZhCn.Format("cli.restore.refused", ("tables", string.Join("、", result.NonEmptyTables)))).ConfigureAwait(false);
                return ExitCodes.Failure;
            default:
                await stdout.WriteLineAsync(ZhCn.Format("cli.restore.summary", ("snapshot", result.Snapshot!), ("entities", result.Counts.Values.Sum()))).ConfigureAwait(false);
                foreach (var (table, count) in result.Counts)
                {
                    await stdout.WriteLineAsync(ZhCn.Format("cli.restore.table_line", ("table", table), ("count", count))).ConfigureAwait(false);
                }

                await stdout.WriteLineAsync(ZhCn.Text("cli.restore.next")).ConfigureAwait(false);
                return ExitCodes.Success;
        }
    }
}
