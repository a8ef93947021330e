using Changji.Evaluation.Facts;

namespace Changji.SampleGenerator.County;

/// <summary>
/// A fictional school's identity and its enrolment per school year. Enrolments are written by hand
/// because they carry stories (a school crossing 2000 pupils, a teaching point shrinking to 50).
/// </summary>
public sealed record SchoolProfile(
    string Code,
    string Name,
    SchoolType Type,
    UrbanRural UrbanRural,
    Sponsor Sponsor,
    string Township,
    IReadOnlyDictionary<int, Enrolment> Enrolments)
{
    public Enrolment EnrolmentIn(int year) => Enrolments[year];
}
