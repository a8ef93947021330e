using System.CommandLine;
using Changji.Evaluation.Catalogue;
using Changji.Text;

namespace Changji.Cli;

/// <summary><c>changji indicators [--output FILE]</c>: the indicator dictionary of every profile (docs/indicators.md).</summary>
public static class IndicatorsCommand
{
    public static Command Create(TextWriter stdout)
    {
        var output = new Option<FileInfo?>("--output", "-o") { Description = ZhCn.Text("cli.indicators.option.output") };
        var command = new Command("indicators", ZhCn.Text("cli.indicators.description")) { output };
        command.SetAction(async (parse, ct) =>
        {
            var markdown = IndicatorDictionary.RenderMarkdown(Catalogue.Builtin);
            var file = parse.GetValue(output);
            if (file is null)
            {
                await stdout.WriteAsync(markdown).ConfigureAwait(false);
            }
            else
            {
                await File.WriteAllTextAsync(file.FullName, markdown, ct).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
