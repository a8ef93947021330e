namespace Changji.Cli.Serve;

/// <summary>
/// <c>changji serve</c> without <c>--listen-any</c> found itself bound to a non-loopback address (an endpoint
/// from configuration) and stopped before serving anything. The message is the Chinese sentence to print.
/// </summary>
public sealed class NonLoopbackBindException : InvalidOperationException
{
    public NonLoopbackBindException()
    {
    }

    public NonLoopbackBindException(string message)
        : base(message)
    {
    }

    public NonLoopbackBindException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
