using System.CommandLine;
using Changji.Cli.Serve;
using Changji.Evaluation.Catalogue;
using Changji.Pipeline.Composition;
using Changji.Pipeline.Submissions;
using Changji.Storage.Local;
using Changji.Text;

namespace Changji.Cli;

/// <summary>
/// <c>changji serve --output DIR [--input DIR] [--port N] [--profile NAME] [--listen-any]</c>: the stewards' page on this machine
/// (docs/stewards-page.md), over the same output folder as <c>changji run</c>; uploads go to
/// <c>--input</c> (default <c>DIR/incoming</c>) and are processed at once. Runs until Ctrl+C.
/// Loopback only, unless <c>--listen-any</c>: then every interface, behind a token printed once at start-up.
/// </summary>
public static class ServeCommand
{
    public const int DefaultPort = 5080;

    /// <param name="started">Told the page's address once it listens (tests wait for it).</param>
    public static Command Create(TimeProvider clock, TextWriter stdout, Action<Uri>? started = null)
    {
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = ZhCn.Text("cli.serve.option.output"), Required = true };
        var input = new Option<DirectoryInfo?>("--input", "-i") { Description = ZhCn.Text("cli.serve.option.input") };
        var port = new Option<int>("--port") { Description = ZhCn.Text("cli.serve.option.port"), DefaultValueFactory = _ => DefaultPort };
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                r.AddError(ZhCn.Text("cli.serve.option.port"));
            }
        });

        // The output folder's profile: an upload recomputes, and the recompute refuses another profile than the ledger's.
        var profile = new Option<string>("--profile", "-p")
        {
            Description = ZhCn.Format("cli.run.option.profile", ("profiles", string.Join("、", Catalogue.Builtin.Names))),
            DefaultValueFactory = _ => Catalogue.DefaultProfileName,
        };
        profile.Validators.Add(r =>
        {
            if (!Catalogue.Builtin.TryGet(r.GetValueOrDefault<string>(), out _))
            {
                r.AddError(ZhCn.Format("cli.run.error.unknown_profile", ("profile", r.GetValueOrDefault<string>()), ("profiles", string.Join("、", Catalogue.Builtin.Names))));
            }
        });

        var listenAny = new Option<bool>("--listen-any") { Description = ZhCn.Text("cli.serve.option.listen_any") };

        var command = new Command("serve", ZhCn.Text("cli.serve.description")) { output, input, port, profile, listenAny };
        command.SetAction(async (parse, ct) =>
        {
            var outputFolder = parse.GetRequiredValue(output).FullName;
            var folders = new LocalFolders(outputFolder, parse.GetValue(input)?.FullName ?? Path.Combine(outputFolder, "incoming"));
            var settings = new Dictionary<string, string?> { [nameof(PipelineOptions.EvaluationProfile)] = parse.GetValue(profile) };
            var token = parse.GetValue(listenAny) ? AccessToken.Create() : null;
            StewardServer server;
            try
            {
                server = await StewardServer.StartAsync(folders, parse.GetValue(port), clock, LocalUser(), settings, token, ct).ConfigureAwait(false);
            }
            catch (NonLoopbackBindException refused)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync(refused.Message).ConfigureAwait(false);
                return ExitCodes.Failure;
            }

            await using (server.ConfigureAwait(false))
            {
                // The token is printed here once and nowhere else (no log, no file): whoever has this line may use the page.
                var line = token is null
                    ? ZhCn.Format("serve.started", ("url", server.Address))
                    : ZhCn.Format("serve.started_any", ("url", server.PageUrl));
                await stdout.WriteLineAsync(line).ConfigureAwait(false);
                started?.Invoke(server.Address);
                try
                {
                    await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C: stop serving and leave normally.
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Locally the uploader is whoever runs the command: there is no sign-in on one machine.</summary>
    private static Uploader LocalUser() => new(Environment.UserName, $"{Environment.MachineName}\\{Environment.UserName}");
}
