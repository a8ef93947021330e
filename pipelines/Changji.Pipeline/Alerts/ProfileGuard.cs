using Changji.Evaluation.Catalogue;
using Changji.Text;

namespace Changji.Pipeline.Alerts;

/// <summary>
/// One ledger, one profile: evaluating an information database with another profile than the one its
/// open alerts came from would resolve (销号) problems whose data never changed. So the run refuses,
/// saying how to evaluate under the other profile separately.
/// </summary>
public static class ProfileGuard
{
    public static void EnsureSame(Profile profile, IReadOnlyList<AlertRecord> ledger)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(ledger);
        var other = ledger.FirstOrDefault(a => a.Status == AlertStatus.Open && a.Profile is not null && a.Profile != profile.Name);
        if (other is not null)
        {
            throw new ProfileChangedException(ZhCn.Format("pipeline.profile_changed", ("ledger_profile", other.Profile), ("profile", profile.Name)));
        }
    }
}
