namespace Changji.Pipeline.Alerts;

/// <summary>The run was asked to evaluate a ledger under another profile than the one that raised its open alerts; the message says what to do, in Chinese.</summary>
public sealed class ProfileChangedException(string messageZh) : InvalidOperationException(messageZh);
