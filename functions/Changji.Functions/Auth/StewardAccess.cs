using Changji.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Changji.Functions.Auth;

/// <summary>
/// The check in front of every API call of the stewards' page: no valid token → 401 (the page signs
/// in again), a token without the role the call needs → 403 with a Chinese message naming the role.
/// </summary>
public sealed class StewardAccess(StewardTokenValidator validator)
{
    public async Task<(StewardCaller? Caller, IActionResult? Denied)> CheckAsync(HttpRequest request, bool upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        var caller = await validator.ValidateAsync(header.Length == 0 ? null : header, cancellationToken).ConfigureAwait(false);
        if (caller is null)
        {
            request.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return (null, StewardJson.Message(StatusCodes.Status401Unauthorized, ZhCn.Text("steward.auth.sign_in_required")));
        }

        if (upload ? !caller.CanUpload : !caller.CanRead)
        {
            return (null, StewardJson.Message(StatusCodes.Status403Forbidden, ZhCn.Format(upload ? "steward.auth.no_upload_role" : "steward.auth.no_read_role",
                ("roles", upload ? StewardRoles.Steward : $"{StewardRoles.Steward}、{StewardRoles.Viewer}"))));
        }

        return (caller, null);
    }
}
