namespace Changji.Functions.Auth;

/// <summary>The app roles of the registration (docs/azure.md), carried in a token's <c>roles</c> claim.</summary>
public static class StewardRoles
{
    /// <summary>Uploads files and reads everything.</summary>
    public const string Steward = "Steward";

    /// <summary>Reads the year's files, findings and reports; uploads nothing.</summary>
    public const string Viewer = "Viewer";
}
