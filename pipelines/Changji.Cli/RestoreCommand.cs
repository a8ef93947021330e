using System.CommandLine;
using Changji.Pipeline.Composition;
using Changji.Storage.Azure.Backups;
using Changji.Storage.Azure.Composition;
using Changji.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Changji.Cli;

/// <summary>
/// <c>changji restore [--snapshot NAME] [--list] [--force]</c> (docs/runbooks.md, "Restore the information
/// database"): rebuilds the Azure tables from a snapshot of the nightly <c>Backup</c> function. It connects
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
        var command = new Command("restore", ZhCn.Text("cli.restore.description")) { snapshot, list, force };
        command.SetAction(async (parse, ct) =>
        {
            using var services = new ServiceCollection()
                .AddChangjiPipeline(configuration ??= new ConfigurationBuilder().AddEnvironmentVariables().Build())
                .AddAzureStorage(configuration)
                .BuildServiceProvider();
            try
            {
                _ = services.GetRequiredService<IOptions<AzureOptions>>().Value;
            }
            catch (OptionsValidationException error)
            {
                await stderr.WriteLineAsync(ZhCn.Format("cli.restore.error.settings", ("details", string.Join(" ", error.Failures)))).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var restore = services.GetRequiredService<TableRestore>();
            return parse.GetValue(list)
                ? await ListAsync(restore, stdout, ct).ConfigureAwait(false)
                : await RestoreAsync(restore, parse.GetValue(snapshot), parse.GetValue(force), stdout, stderr, ct).ConfigureAwait(false);
        });
        return command;
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
