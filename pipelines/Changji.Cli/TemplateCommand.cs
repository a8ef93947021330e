using System.CommandLine;
using Changji.Pipeline.Ports;
using Changji.Pipeline.Recompute;
using Changji.Pipeline.Templates;
using Changji.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Changji.Cli;

/// <summary>
/// <c>changji template --output DIR [--year Y] [--from DIR2]</c>: the three steward templates (xlsx) for a
/// school year, with the schools of <c>DIR2</c>'s information database (latest year) prefilled.
/// </summary>
public static class TemplateCommand
{
    public static Command Create(TimeProvider clock, TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = ZhCn.Text("cli.template.option.output"), Required = true };
        var year = new Option<int?>("--year") { Description = ZhCn.Text("cli.template.option.year") };
        var from = new Option<DirectoryInfo?>("--from") { Description = ZhCn.Text("cli.template.option.from") };
        var command = new Command("template", ZhCn.Text("cli.template.description")) { output, year, from };
        command.SetAction(async (parse, ct) =>
        {
            IReadOnlyList<TemplateSchool> schools = [];
            if (parse.GetValue(from) is { } source)
            {
                if (await ExistingOutput.OpenAsync(source, stderr).ConfigureAwait(false) is not { } sourceFolders)
                {
                    return ExitCodes.Usage;
                }

                using var services = LocalHost.Build(sourceFolders, clock);
                schools = await TemplateSchools.LatestAsync(services.GetRequiredService<IFactStore>(), ct).ConfigureAwait(false);
            }

            var schoolYear = parse.GetValue(year) ?? SchoolCalendar.SchoolYearOf(clock.GetUtcNow());
            var folder = parse.GetRequiredValue(output);
            folder.Create();
            await stdout.WriteLineAsync(ZhCn.Format("cli.template.summary", ("year", schoolYear), ("schools", schools.Count))).ConfigureAwait(false);
            foreach (var file in StewardTemplates.Build(schoolYear, schools))
            {
                var path = Path.Combine(folder.FullName, file.FileName);
                await File.WriteAllBytesAsync(path, file.Content, ct).ConfigureAwait(false);
                await stdout.WriteLineAsync(ZhCn.Format("cli.template.file", ("path", path))).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
