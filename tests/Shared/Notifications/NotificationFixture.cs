using Changji.Notifications.Http;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Notifications;
using Changji.Storage.Local;

namespace Changji.Testing.Notifications;

/// <summary>A SQLite information database holding given messages, a loopback server, and a delivery over real HTTP.</summary>
internal sealed class NotificationFixture : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly HttpClient http = new();

    public NotificationFixture()
    {
        Store = new SqliteInformationStore(folder.Combine("infodb.sqlite"));
        Delivery = new Delivery(Store, Store, new HttpChannelSender(http, Clock), Clock);
    }

    public FixedClock Clock { get; } = new(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));
    public LoopbackHttpServer Server { get; } = new();
    public SqliteInformationStore Store { get; }
    public Delivery Delivery { get; }

    public static AlertMessage Message(string id = "m1", string severity = "high", string audience = "supervision", string messageZh = "2023学年 6523010003 初中 L4 生均体育运动场馆面积 为 3.1，低于最低值 6.1，尚缺 1234 平方米。") => new()
    {
        MessageId = id,
        AlertId = "a-" + id,
        EventType = "opened",
        Rule = "school_below_floor",
        RuleNameZh = "学校指标低于最低值",
        Severity = severity,
        Year = 2023,
        Subject = "6523010003",
        SchoolCode = "6523010003",
        Level = "junior",
        IndicatorCode = "L4",
        MessageZh = "【预警】" + messageZh,
        OccurredAtUtc = new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc),
        Audience = audience,
        ResponsibleUnits = ["市教育局", "市财政局"],
        Measures = [7, 6],
        DueDate = new DateOnly(2026, 8, 30),
    };

    public Task AddAsync(params AlertMessage[] messages) => Store.ApplyAsync(new AlertChanges([], messages));

    public Channel Channel(ChannelType type, string path, string? secret = null, string name = "督导室群") => new()
    {
        Name = name,
        Type = type,
        Url = Server.Url(path),
        Secret = secret,
    };

    public void Dispose()
    {
        Server.Dispose();
        http.Dispose();
        folder.Dispose();
    }
}
