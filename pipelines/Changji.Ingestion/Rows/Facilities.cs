namespace Changji.Ingestion.Rows;

/// <summary>The rooms, areas and equipment of a statistics row, in m² and 元.</summary>
internal sealed record Facilities(
    double? TeachingArea, double? IndoorSportsArea, double? SportsGroundArea, double? EquipmentValue,
    int? MultimediaClassrooms, int? MusicRooms, double? MusicRoomMinArea, int? ArtRooms, double? ArtRoomMinArea)
{
    public static Facilities Read(RowValues row)
    {
        var teaching = row.Amount("teaching_area_m2", required: false);
        var indoor = row.Amount("indoor_sports_area_m2", required: false);
        row.AtMost("indoor_sports_area_m2", indoor, teaching, "teaching_area_m2");
        var music = row.Count("music_rooms", required: false);
        var art = row.Count("art_rooms", required: false);
        return new Facilities(
            (double?)teaching,
            (double?)indoor,
            (double?)row.Amount("sports_ground_area_m2", required: false),
            (double?)row.Amount("equipment_value", required: false),
            row.Count("multimedia_classrooms", required: false),
            music,
            (double?)row.Amount("music_room_min_area_m2", music > 0, "music_rooms"),
            art,
            (double?)row.Amount("art_room_min_area_m2", art > 0, "art_rooms"));
    }
}
