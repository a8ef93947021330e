namespace Changji.Pipeline.Counties;

/// <summary>The run names another home county than the one its information database was received under; the message says what to do, in Chinese.</summary>
public sealed class HomeCountyChangedException(string messageZh) : InvalidOperationException(messageZh);
