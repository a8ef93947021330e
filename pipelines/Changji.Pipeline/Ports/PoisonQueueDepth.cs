namespace Changji.Pipeline.Ports;

/// <summary>A poison queue (messages that failed every attempt) and how many messages it holds.</summary>
public sealed record PoisonQueueDepth(string Queue, int Messages);
