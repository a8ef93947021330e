namespace Changji.Pipeline.Submissions;

/// <summary>What became of a received file. Codes: <c>accepted</c>, <c>partially_accepted</c>, <c>rejected</c>.</summary>
public enum SubmissionStatus
{
    /// <summary>Every row accepted (warnings allowed).</summary>
    Accepted,
    /// <summary>Some rows rejected, the rest accepted.</summary>
    PartiallyAccepted,
    /// <summary>The file as a whole was rejected; nothing from it entered the information database.</summary>
    Rejected,
}
