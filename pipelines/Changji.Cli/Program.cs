using System.CommandLine;
using System.Text;
using Changji.Cli;
using Changji.Text;

Console.OutputEncoding = Encoding.UTF8;
var root = new RootCommand(ZhCn.Text("cli.root.description"))
{
    RunCommand.Create(TimeProvider.System, Console.Out, Console.Error),
    IndicatorsCommand.Create(Console.Out),
    NotifyCommand.Create(TimeProvider.System, Console.Out, Console.Error),
    BulletinCommand.Create(TimeProvider.System, Console.Out, Console.Error),
    ServeCommand.Create(TimeProvider.System, Console.Out),
    TemplateCommand.Create(TimeProvider.System, Console.Out, Console.Error),
    RestoreCommand.Create(Console.Out, Console.Error),
};
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
