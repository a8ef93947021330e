using Changji.Pipeline.Submissions;

namespace Changji.Functions.Auth;

/// <summary>Who called, from a validated token: name and object id (the uploader the ledger records) and app roles.</summary>
public sealed record StewardCaller(Uploader Who, IReadOnlySet<string> Roles)
{
    public bool CanUpload => Roles.Contains(StewardRoles.Steward);

    public bool CanRead => CanUpload || Roles.Contains(StewardRoles.Viewer);
}
