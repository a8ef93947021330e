using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Facts;
using Changji.Evaluation.Results;
using Changji.Evaluation.Units;
using Changji.Text;

namespace Changji.Evaluation.County;

/// <summary>G3: every in-scope school except teaching points has music and art rooms per 12 classes, of the minimum size.</summary>
internal static class MusicArtRoomsRule
{
    public static CountyItemResult Evaluate(IndicatorDefinition item, CountyContext context)
    {
        var perRoom = item.Parameter("classesPerRoom");
        var musicMin = item.Parameter("musicRoomMinM2");
        var artMin = item.Parameter("artRoomMinM2");
        var checks = new SubChecks();
        foreach (var school in context.Schools)
        {
            if (school.SchoolType == SchoolType.TeachingPoint || !SchoolScope.InScope(school, context.Profile.Resource))
            {
                continue;
            }

            var classes = school.PrimaryClasses + school.JuniorClasses;
            if (classes <= 0)
            {
                continue;
            }

            var required = (int)Math.Ceiling(classes / perRoom);
            var name = SubChecks.SchoolName(school);
            var problems = new List<string>();
            var lacks = false;
            Check(ZhCn.Text("county.music_art_rooms.music"), school.MusicRooms, school.MusicRoomMinAreaM2, musicMin);
            Check(ZhCn.Text("county.music_art_rooms.art"), school.ArtRooms, school.ArtRoomMinAreaM2, artMin);
            if (problems.Count > 0)
            {
                checks.Fail(school, string.Join("；", problems));
            }
            else if (lacks)
            {
                checks.Missing(name);
            }
            else
            {
                checks.Met();
            }

            void Check(string kind, int? rooms, double? minArea, double requiredArea)
            {
                if (rooms is not { } count) { lacks = true; return; }
                if (count < required)
                {
                    problems.Add(ZhCn.Format("county.music_art_rooms.too_few", ("classes", classes), ("kind", kind), ("required", required), ("count", count)));
                }

                if (count == 0)
                {
                    return;
                }

                if (minArea is not { } area) { lacks = true; return; }
                if (!context.Meets(area, Comparator.AtLeast, requiredArea))
                {
                    problems.Add(ZhCn.Format("county.music_art_rooms.too_small", ("kind", kind), ("area", Numbers.Show(area)), ("required", Numbers.Show(requiredArea))));
                }
            }
        }
        return ItemResults.Create(item, context, checks.Status, checks.Note(ZhCn.Text("county.kind.schools")), checks.MetPercent, 100, checks.Failures);
    }
}
