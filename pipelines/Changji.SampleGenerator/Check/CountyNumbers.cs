namespace Changji.SampleGenerator.Check;

/// <summary>The county-level thresholds of docs/standard.md §2–5 that the sample check confirms.</summary>
public static class CountyNumbers
{
    public const int PrimaryMaxClass = 45;
    public const int JuniorMaxClass = 50;
    public const int OneLevelSchoolMaxPupils = 2000;
    public const int MultiLevelCompulsoryMaxPupils = 2500;
    public const int ClassesPerSpecialistRoom = 12;
    public const double MusicRoomMinArea = 96;
    public const double ArtRoomMinArea = 90;
    public const int SmallRuralPupils = 100;
    public const double SpecialSchoolPerPupil = 6000;
    public const double RotationShare = 0.10;
    public const double RotationBackboneShare = 0.20;
    public const double TrainingShare = 0.05;
    public const double NearbyPrimary = 100;
    public const double NearbyJunior = 95;
    public const double QuotaRate = 50;
    public const double MigrantRate = 85;
    public const double Retention = 95;
    public const double DisabledNational = 95;
    public const double DisabledChangji = 100;
    public const double DifferenceRateBelow = 0.15;
    public const double Recognition = 85;
    public const double Tolerance = 1e-9;

    public static bool AtLeast(double value, double threshold) => value >= threshold * (1 - Tolerance);
}
