using Changji.Evaluation.Facts;
using static Changji.SampleGenerator.Check.CountyNumbers;

namespace Changji.SampleGenerator.Check;

/// <summary>County items computed from the school files (G3–G7, G12, Q4); each lists the schools that miss.</summary>
public static class SchoolItems
{
    public static IEnumerable<ItemCheck> Evaluate(IReadOnlyList<SchoolStatistics> stats, IReadOnlyList<SchoolFunding> funding, double basePrimary)
    {
        yield return Item("G3", stats.Where(s => UnitSplitter.IsInScope(s) && s.SchoolType != SchoolType.TeachingPoint && !HasRooms(s)));
        yield return Item("G4", stats.Where(TooBig), s => $"{s.SchoolName} {s.PrimaryStudents + s.JuniorStudents}人");
        yield return Item("G5", stats.Where(s => s.PrimaryMaxClassSize > PrimaryMaxClass || s.JuniorMaxClassSize > JuniorMaxClass),
            s => $"{s.SchoolName} 小学最大班额 {s.PrimaryMaxClassSize?.ToString() ?? "-"}，初中最大班额 {s.JuniorMaxClassSize?.ToString() ?? "-"}");

        var byCode = stats.ToDictionary(s => s.SchoolCode);
        var smallRural = funding.Where(f => byCode[f.SchoolCode] is { UrbanRural: UrbanRural.Rural, PrimaryStudents: < SmallRuralPupils } s
            && s.SchoolType is SchoolType.Primary or SchoolType.TeachingPoint).ToList();
        yield return new("G6", smallRural.All(f => AtLeast(f.PublicFundsAllocated!.Value, basePrimary * SmallRuralPupils)),
            string.Join("; ", smallRural.Select(f => $"{f.SchoolName} 拨付 {f.PublicFundsAllocated:0}")));

        var special = funding.Where(f => byCode[f.SchoolCode].SchoolType == SchoolType.SpecialEducation).ToList();
        yield return new("G7", special.All(f => AtLeast(f.PublicFundsAllocated!.Value / Pupils(byCode[f.SchoolCode]), SpecialSchoolPerPupil)),
            string.Join("; ", special.Select(f => $"{f.SchoolName} 生均 {f.PublicFundsAllocated!.Value / Pupils(byCode[f.SchoolCode]):0}")));

        var certified = stats.Sum(s => s.CertifiedTeachers!.Value);
        var teachers = stats.Sum(s => s.PrimaryTeachers + s.JuniorTeachers);
        yield return new("G12", certified == teachers, $"{certified}/{teachers} = {100.0 * certified / teachers:0.00}%");

        var shares = funding.Select(f => (f.SchoolName, Share: f.TrainingBudget!.Value / f.PublicFundsBudget!.Value)).ToList();
        var lowest = shares.MinBy(s => s.Share);
        yield return new("Q4", shares.All(s => AtLeast(s.Share, TrainingShare)), $"lowest {lowest.SchoolName} {lowest.Share:P2}");
    }

    private static int Pupils(SchoolStatistics s) => s.PrimaryStudents + s.JuniorStudents;

    private static bool HasRooms(SchoolStatistics s)
    {
        var needed = (int)Math.Ceiling((s.PrimaryClasses + s.JuniorClasses) / (double)ClassesPerSpecialistRoom);
        return s.MusicRooms >= needed && s.ArtRooms >= needed
            && s.MusicRoomMinAreaM2 >= MusicRoomMinArea && s.ArtRoomMinAreaM2 >= ArtRoomMinArea;
    }

    private static bool TooBig(SchoolStatistics s) => s.SchoolType switch
    {
        SchoolType.Primary => s.PrimaryStudents > OneLevelSchoolMaxPupils,
        SchoolType.Junior or SchoolType.Complete => s.JuniorStudents > OneLevelSchoolMaxPupils,
        SchoolType.NineYear or SchoolType.TwelveYear => Pupils(s) > MultiLevelCompulsoryMaxPupils,
        _ => false,
    };

    private static ItemCheck Item(string code, IEnumerable<SchoolStatistics> failing, Func<SchoolStatistics, string>? describe = null)
    {
        var list = failing.ToList();
        return new(code, list.Count == 0, list.Count == 0 ? "all schools" : string.Join("; ", list.Select(describe ?? (s => s.SchoolName))));
    }
}
