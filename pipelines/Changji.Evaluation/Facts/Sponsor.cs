namespace Changji.Evaluation.Facts;

/// <summary>举办者.</summary>
public enum Sponsor
{
    /// <summary>公办</summary>
    Public,
    /// <summary>民办</summary>
    Private,
}
