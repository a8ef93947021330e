using Changji.Evaluation.Facts;

namespace Changji.SampleGenerator.County;

/// <summary>The 28 fictional schools of the sample county and their enrolment in 2023, 2024, 2025.</summary>
public static class Roster
{
    public static readonly IReadOnlyList<int> Years = [2023, 2024, 2025];

    public static readonly IReadOnlyList<SchoolProfile> Schools =
    [
        P("0001", "昌吉市第一小学", UrbanRural.Urban, "宁边路街道", 1936, 2064, 1972),
        P("0002", "昌吉市第二小学", UrbanRural.Urban, "延安北路街道", 1788, 1805, 1820),
        P("0003", "昌吉市第三小学", UrbanRural.Urban, "北京南路街道", 1650, 1672, 1690),
        P("0004", "昌吉市第四小学", UrbanRural.Urban, "建国路街道", 1420, 1436, 1450),
        P("0005", "昌吉市第五小学", UrbanRural.Urban, "中山路街道", 1280, 1296, 1310),
        P("0006", "昌吉市第六小学", UrbanRural.Urban, "绿洲路街道", 1545, 1560, 1572),
        P("0007", "昌吉市第七小学", UrbanRural.Urban, "宁边路街道", 980, 1050, 1210),
        P("0008", "昌吉市榆树沟镇中心小学", UrbanRural.Town, "榆树沟镇", 720, 735, 742),
        P("0009", "昌吉市二六工镇中心小学", UrbanRural.Town, "二六工镇", 860, 872, 880),
        P("0010", "昌吉市六工镇中心小学", UrbanRural.Town, "六工镇", 640, 652, 660),
        P("0011", "昌吉市三工镇中心小学", UrbanRural.Town, "三工镇", 610, 640, 648),
        P("0012", "昌吉市滨湖镇中心小学", UrbanRural.Town, "滨湖镇", 530, 540, 548),
        P("0013", "昌吉市大西渠镇太平村小学", UrbanRural.Rural, "大西渠镇", 88, 84, 81),
        J("0014", "昌吉市第三中学", UrbanRural.Urban, "延安北路街道", 1620, 1650, 1670),
        J("0015", "昌吉市第四中学", UrbanRural.Urban, "北京南路街道", 1480, 1500, 1515),
        J("0016", "昌吉市第五中学", UrbanRural.Urban, "建国路街道", 1260, 1275, 1290),
        J("0017", "昌吉市第七中学", UrbanRural.Urban, "绿洲路街道", 1120, 1140, 1160),
        J("0018", "昌吉市榆树沟镇中学", UrbanRural.Town, "榆树沟镇", 560, 568, 575),
        J("0019", "昌吉市二六工镇中学", UrbanRural.Town, "二六工镇", 480, 488, 495),
        Make("0020", "昌吉市大西渠镇中心学校", SchoolType.NineYear, UrbanRural.Town, Sponsor.Public, "大西渠镇",
            new(420, 230), new(428, 236), new(432, 240)),
        Make("0021", "昌吉市佃坝镇中心学校", SchoolType.NineYear, UrbanRural.Rural, Sponsor.Public, "佃坝镇",
            new(310, 165), new(305, 168), new(300, 170)),
        Make("0022", "昌吉市硫磺沟镇中心学校", SchoolType.NineYear, UrbanRural.Rural, Sponsor.Public, "硫磺沟镇",
            new(180, 96), new(176, 98), new(172, 100)),
        Make("0023", "昌吉市英才学校", SchoolType.NineYear, UrbanRural.Urban, Sponsor.Private, "中山路街道",
            new(860, 420), new(880, 436), new(900, 450)),
        Make("0024", "昌吉市第一中学", SchoolType.Complete, UrbanRural.Urban, Sponsor.Public, "延安北路街道",
            new(0, 1380, 1520), new(0, 1395, 1540), new(0, 1410, 1560)),
        Make("0025", "昌吉市实验学校", SchoolType.TwelveYear, UrbanRural.Urban, Sponsor.Public, "北京南路街道",
            new(960, 620, 480), new(975, 630, 490), new(990, 640, 500)),
        Make("0026", "昌吉市阿什里哈萨克民族乡胡阿根村教学点", SchoolType.TeachingPoint, UrbanRural.Rural, Sponsor.Public,
            "阿什里哈萨克民族乡", new(32, 0), new(30, 0), new(29, 0)),
        Make("0027", "昌吉市硫磺沟镇和平村教学点", SchoolType.TeachingPoint, UrbanRural.Rural, Sponsor.Public, "硫磺沟镇",
            new(58, 0), new(54, 0), new(50, 0)),
        Make("0028", "昌吉市特殊教育学校", SchoolType.SpecialEducation, UrbanRural.Urban, Sponsor.Public, "绿洲路街道",
            new(96, 48), new(98, 50), new(101, 52)),
    ];

    public static SchoolProfile ByCode(string suffix) => Schools.Single(s => s.Code.EndsWith(suffix, StringComparison.Ordinal));

    private static SchoolProfile P(string n, string name, UrbanRural ur, string township, int a, int b, int c) =>
        Make(n, name, SchoolType.Primary, ur, Sponsor.Public, township, new(a, 0), new(b, 0), new(c, 0));

    private static SchoolProfile J(string n, string name, UrbanRural ur, string township, int a, int b, int c) =>
        Make(n, name, SchoolType.Junior, ur, Sponsor.Public, township, new(0, a), new(0, b), new(0, c));

    private static SchoolProfile Make(string n, string name, SchoolType type, UrbanRural ur, Sponsor sponsor,
        string township, Enrolment y2023, Enrolment y2024, Enrolment y2025) =>
        new("365201" + n, name, type, ur, sponsor, township,
            new Dictionary<int, Enrolment> { [2023] = y2023, [2024] = y2024, [2025] = y2025 });
}
