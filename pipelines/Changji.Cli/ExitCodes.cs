namespace Changji.Cli;

/// <summary>Exit codes of <c>changji</c>, stable for scripts and schedulers.</summary>
public static class ExitCodes
{
    /// <summary>Everything received was accepted.</summary>
    public const int Success = 0;
    /// <summary>The command line was wrong (System.CommandLine's own code for parse errors).</summary>
    public const int Usage = 1;
    /// <summary>The run completed, but a file or a row was rejected; everything valid was processed.</summary>
    public const int Rejections = 2;
    /// <summary>The run could not complete (unreadable folder, corrupt database…).</summary>
    public const int Failure = 3;
}
