using System.CommandLine;
using System.Text;
using Changji.Cli;

Console.OutputEncoding = Encoding.UTF8;
var root = new RootCommand("昌吉市义务教育优质均衡数据管道 — Changji compulsory-education balance pipeline.")
{
    RunCommand.Create(TimeProvider.System, Console.Out, Console.Error),
    IndicatorsCommand.Create(Console.Out),
};
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
