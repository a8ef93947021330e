using System.CommandLine;
using Changji.Evaluation.Catalogue;

namespace Changji.Cli;

/// <summary><c>changji indicators [--output FILE]</c>: the indicator dictionary of every profile (docs/indicators.md).</summary>
public static class IndicatorsCommand
{
    public static Command Create(TextWriter stdout)
    {
        var output = new Option<FileInfo?>("--output", "-o") { Description = "写入该文件（默认输出到屏幕）。Write to this file instead of the console." };
        var command = new Command("indicators", "输出全部评估标准版本的指标字典（Markdown）。Print the indicator dictionary.") { output };
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
