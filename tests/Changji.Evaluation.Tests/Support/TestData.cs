namespace Changji.Evaluation.Tests.Support;

// Inside Changji.Evaluation.Tests the bare name Catalogue is the test folder's namespace; this is the type.
using Catalogue = Changji.Evaluation.Catalogue.Catalogue;

/// <summary>Fact rows that meet every rule, to be bent one field at a time by each test.</summary>
internal static class TestData
{
    public const int Year = 2024;

    public static Profile National => Catalogue.Builtin.Get("national-2017");
    public static Profile Changji => Catalogue.Builtin.Get("changji-2022");

    /// <summary>A 500-pupil primary school above every threshold.</summary>
    public static SchoolStatistics Primary(string code = "6523010001", int students = 500) => new()
    {
        Year = Year,
        SchoolCode = code,
        SchoolName = $"第{code[^2..]}小学",
        SchoolType = SchoolType.Primary,
        UrbanRural = UrbanRural.Urban,
        Sponsor = Sponsor.Public,
        PrimaryStudents = students,
        JuniorStudents = 0,
        PrimaryClasses = 12,
        JuniorClasses = 0,
        PrimaryMaxClassSize = 42,
        PrimaryTeachers = 30,
        JuniorTeachers = 0,
        CertifiedTeachers = 30,
        PrimaryQualifiedTeachers = 25 * students / 500,
        PrimaryBackboneTeachers = 6 * students / 500,
        PrimaryPeArtTeachers = 5 * students / 500,
        TeachingAreaM2 = 6.0 * students,
        IndoorSportsAreaM2 = 1.0 * students,
        SportsGroundAreaM2 = 7.0 * students,
        EquipmentValueYuan = 2400.0 * students,
        MultimediaClassrooms = 12 * students / 500,
        MusicRooms = 1,
        MusicRoomMinAreaM2 = 100,
        ArtRooms = 1,
        ArtRoomMinAreaM2 = 95,
    };

    /// <summary>A 600-pupil junior school above every threshold.</summary>
    public static SchoolStatistics Junior(string code = "6523010101", int students = 600) => new()
    {
        Year = Year,
        SchoolCode = code,
        SchoolName = $"第{code[^2..]}中学",
        SchoolType = SchoolType.Junior,
        UrbanRural = UrbanRural.Urban,
        Sponsor = Sponsor.Public,
        PrimaryStudents = 0,
        JuniorStudents = students,
        PrimaryClasses = 0,
        JuniorClasses = 12,
        JuniorMaxClassSize = 48,
        PrimaryTeachers = 0,
        JuniorTeachers = 40,
        CertifiedTeachers = 40,
        JuniorQualifiedTeachers = 35 * students / 600,
        JuniorBackboneTeachers = 7 * students / 600,
        JuniorPeArtTeachers = 6 * students / 600,
        TeachingAreaM2 = 7.5 * students,
        IndoorSportsAreaM2 = 1.0 * students,
        SportsGroundAreaM2 = 10.0 * students,
        EquipmentValueYuan = 3000.0 * students,
        MultimediaClassrooms = 15 * students / 600,
        MusicRooms = 1,
        MusicRoomMinAreaM2 = 100,
        ArtRooms = 1,
        ArtRoomMinAreaM2 = 95,
    };

    public static SchoolStatistics SpecialEducation(string code = "6523010901") => new()
    {
        Year = Year,
        SchoolCode = code,
        SchoolName = "特殊教育学校",
        SchoolType = SchoolType.SpecialEducation,
        UrbanRural = UrbanRural.Urban,
        Sponsor = Sponsor.Public,
        PrimaryStudents = 40,
        JuniorStudents = 10,
        PrimaryClasses = 5,
        JuniorClasses = 1,
        PrimaryMaxClassSize = 10,
        JuniorMaxClassSize = 10,
        PrimaryTeachers = 15,
        JuniorTeachers = 5,
        CertifiedTeachers = 20,
    };

    public static SchoolFunding Funding(SchoolStatistics school, double allocated = 400_000, double budget = 100_000, double training = 6_000) => new()
    {
        Year = Year,
        SchoolCode = school.SchoolCode,
        SchoolName = school.SchoolName,
        PublicFundsAllocated = allocated,
        PublicFundsBudget = budget,
        TrainingBudget = training,
    };

    public static CountyFigure Number(string code, double value) => new() { Year = Year, Code = code, Number = value };
    public static CountyFigure Judgement(string code, bool value) => new() { Year = Year, Code = code, Judgement = value, Note = "佐证材料" };

    public static readonly string[] EvidenceCodes = ["G1", "G2", "G10", "Q3", "Q5", "Q6", "Q7", "Q8"];

    public static IReadOnlyList<CountyFigure> Figures(int year = Year)
    {
        var figures = new List<CountyFigure>
        {
            Number("teacher_avg_salary", 90_000), Number("civil_servant_avg_salary", 85_000),
            Number("public_fund_base_primary", 720), Number("public_fund_base_junior", 940),
            Number("training_360_completion_rate", 100),
            Number("rotation_eligible_teachers", 200), Number("rotated_teachers", 30), Number("rotated_backbone_teachers", 8),
            Number("nearby_enrollment_primary_rate", 100), Number("nearby_enrollment_junior_rate", 97),
            Number("quality_hs_quota_rate", 55), Number("migrant_public_rate", 92), Judgement("left_behind_care_system", true),
            Number("junior_retention_rate", 98), Number("disabled_enrollment_rate", 100), Number("dropout_students", 0),
            Judgement("quality_monitoring_level3", true), Number("quality_monitoring_difference_rate", 0.12),
            Number("social_recognition_rate", 90),
            Number("edu_appropriation", 1.10e9), Number("fiscal_recurrent_revenue", 5.2e9),
            Number("per_student_edu_expense", 16_000), Number("per_student_public_funds", 1_050),
        };
        figures.AddRange(EvidenceCodes.Select(c => Judgement(c, true)));
        return figures.Select(f => f with { Year = year }).ToList();
    }

    public static CountyYear Previous() => new()
    {
        Year = Year - 1,
        Schools = [],
        Figures =
        [
            Number("edu_appropriation", 1.00e9) with { Year = Year - 1 },
            Number("fiscal_recurrent_revenue", 5.0e9) with { Year = Year - 1 },
            Number("per_student_edu_expense", 15_000) with { Year = Year - 1 },
            Number("per_student_public_funds", 1_000) with { Year = Year - 1 },
            Number("teacher_avg_salary", 85_000) with { Year = Year - 1 },
        ],
    };

    /// <summary>A county that meets every item of both profiles.</summary>
    public static CountyYear County()
    {
        SchoolStatistics[] schools = [Primary(), Junior(), SpecialEducation()];
        return new CountyYear
        {
            Year = Year,
            Schools = schools,
            Funding = schools.Select(s => Funding(s)).ToList(),
            Figures = Figures(),
        };
    }

    public static CountyYear WithFigure(this CountyYear county, CountyFigure figure) =>
        county with { Figures = county.Figures.Where(f => f.Code != figure.Code).Append(figure).ToList() };

    public static CountyYear WithoutFigure(this CountyYear county, string code) =>
        county with { Figures = county.Figures.Where(f => f.Code != code).ToList() };

    public static CountyYear WithSchool(this CountyYear county, SchoolStatistics school, SchoolFunding? funding = null) => county with
    {
        Schools = county.Schools.Where(s => s.SchoolCode != school.SchoolCode).Append(school).ToList(),
        Funding = funding is null ? county.Funding : county.Funding.Where(f => f.SchoolCode != school.SchoolCode).Append(funding).ToList(),
    };

    public static CountyYear WithFunding(this CountyYear county, SchoolFunding funding) =>
        county with { Funding = county.Funding.Where(f => f.SchoolCode != funding.SchoolCode).Append(funding).ToList() };

    public static CountyItemResult Item(this CountyEvaluation evaluation, string code) =>
        evaluation.CountyItems.Single(i => i.IndicatorCode == code);

    public static VariationResult Cv(this CountyEvaluation evaluation, SchoolLevel level, string code) =>
        evaluation.Variation.Single(v => v.Level == level && v.IndicatorCode == code);

    public static CountyEvaluation Evaluate(this CountyYear county, Profile? profile = null, CountyYear? previous = null) =>
        Evaluator.Evaluate(county, previous ?? Previous(), profile ?? Changji);
}
