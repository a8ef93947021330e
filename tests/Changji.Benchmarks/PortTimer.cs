using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;

namespace Changji.Benchmarks;

/// <summary>
/// Wraps a port (IFactStore, IAlertSender, …) so each method's calls and time are added up: a coarse
/// profile of where a run spends its time outside the pure pipeline code. Time of a returned Task runs
/// until the task completes.
/// </summary>
public class PortTimer : DispatchProxy
{
    private object target = null!;
    private string name = string.Empty;
    private ConcurrentDictionary<string, (int Calls, long Ticks)> totals = null!;

    public static object Wrap(Type port, object target, ConcurrentDictionary<string, (int Calls, long Ticks)> totals)
    {
        var proxy = (PortTimer)Create(port, typeof(PortTimer));
        proxy.target = target;
        proxy.name = port.Name;
        proxy.totals = totals;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var key = $"{name}.{targetMethod.Name}";
        var start = Stopwatch.GetTimestamp();
        object? result;
        try
        {
            result = targetMethod.Invoke(target, args);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            Add(key, start);
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerException);
            throw;
        }

        if (result is Task task)
        {
            task.ContinueWith(_ => Add(key, start), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        else
        {
            Add(key, start);
        }

        return result;
    }

    private void Add(string key, long start)
    {
        var ticks = Stopwatch.GetTimestamp() - start;
        totals.AddOrUpdate(key, (1, ticks), (_, t) => (t.Calls + 1, t.Ticks + ticks));
    }
}
