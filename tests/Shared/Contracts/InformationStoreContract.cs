using Changji.Ingestion;
using Changji.Pipeline;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Ports;
using Changji.Pipeline.Submissions;

namespace Changji.Testing.Contracts;

/// <summary>
/// What the pipeline relies on from any information database (<see cref="ISubmissionLedger"/>,
/// <see cref="IFactStore"/>, <see cref="IAlertLedger"/>), whether SQLite or Azure Tables. Each adapter's
/// test project derives from this and says how to make an empty store; the facts come from the
/// committed samples, read as a steward's file is read.
/// </summary>
public abstract class InformationStoreContract
{
    private static readonly DateTime Start = new(2025, 10, 1, 8, 0, 0, DateTimeKind.Utc);
    private int received;

    /// <summary>An empty store; the three ports may be one object.</summary>
    protected abstract Task<(ISubmissionLedger Ledger, IFactStore Facts, IAlertLedger Alerts)> CreateAsync();

    [Fact]
    public async Task Ledger_RecordThenRead_FindAndListReturnTheSubmissionAndItsFacts()
    {
        var (ledger, facts, _) = await CreateAsync();
        var (submission, content) = Sample("2023/学校基础数据-2023.csv");

        var replaced = await ledger.RecordAsync(submission, content);

        Assert.Empty(replaced);
        var found = await ledger.FindAsync(submission.Sha256);
        Assert.NotNull(found);
        Assert.Equal(Describe(submission), Describe(found));
        Assert.Equal([submission.Sha256], (await ledger.ListAsync()).Select(s => s.Sha256));
        Assert.Null(await ledger.FindAsync(new string('0', 64)));
        Assert.Equal([2023], await facts.YearsAsync());
        var year = await facts.LoadYearAsync(2023);
        Assert.Equal(content.Statistics.Select(s => (s.SchoolCode, s.SchoolName)).OrderBy(s => s.SchoolCode, StringComparer.Ordinal),
            year.Schools.Select(s => (s.SchoolCode, s.SchoolName)));
    }

    [Fact]
    public async Task Ledger_SecondFileSameSchoolAndYear_ReplacesItsFactsAndReportsTheCode()
    {
        var (ledger, facts, _) = await CreateAsync();
        var (first, content) = Sample("2023/学校基础数据-2023.csv");
        await ledger.RecordAsync(first, content);
        var school = content.Statistics[0];
        var corrected = content with { FileName = "补报.csv", RowsRead = 1, Statistics = [school with { SchoolName = school.SchoolName + "（更正）" }], Findings = [] };
        var correction = Record("2023/补报.csv", corrected, 2023);

        var replaced = await ledger.RecordAsync(correction, corrected);

        Assert.Equal([school.SchoolCode], replaced);
        Assert.Equal([school.SchoolCode], (await ledger.FindAsync(correction.Sha256))!.Replaced);
        var schools = (await facts.LoadYearAsync(2023)).Schools;
        Assert.Equal(content.Statistics.Count, schools.Count);
        Assert.Equal(school.SchoolName + "（更正）", schools.Single(s => s.SchoolCode == school.SchoolCode).SchoolName);
        Assert.Equal([first.Sha256, correction.Sha256], (await ledger.ListAsync()).Select(s => s.Sha256));
    }

    [Fact]
    public async Task Ledger_FileCheckedThenStoredInChunks_SameLedgerLineAndFactsAsReadWhole()
    {
        var (wholeLedger, wholeFacts, _) = await CreateAsync();
        var (chunkedLedger, chunkedFacts, _) = await CreateAsync();
        const string relative = "2024/学校经费数据-2024.csv";
        var (submission, content) = Sample(relative);
        var bytes = File.ReadAllBytes(Path.Combine(RepoRoot.Samples, relative));
        var small = IngestionOptions.Default with { RowsPerChunk = 2 };
        using var checkStream = new MemoryStream(bytes, writable: false);
        var checkedFile = FileIngestor.Check(checkStream, relative, 2024, small);
        using var chunkStream = new MemoryStream(bytes, writable: false);

        await wholeLedger.RecordAsync(submission, content);
        await chunkedLedger.RecordAsync(submission, checkedFile, FileIngestor.ReadChunks(chunkStream, relative, 2024, small));

        Assert.False(checkedFile.RowsHeld);
        Assert.Equal(Describe((await wholeLedger.FindAsync(submission.Sha256))!), Describe((await chunkedLedger.FindAsync(submission.Sha256))!));
        Assert.Equal(
            PipelineJson.Serialize((await wholeFacts.LoadYearAsync(2024)).Funding),
            PipelineJson.Serialize((await chunkedFacts.LoadYearAsync(2024)).Funding));
        Assert.Equal(content.Funding.Count, (await chunkedFacts.LoadYearAsync(2024)).Funding.Count);
        Assert.Equal(
            (await wholeLedger.FindingsAsync(2024)).Select(f => f.Finding.MessageZh),
            (await chunkedLedger.FindingsAsync(2024)).Select(f => f.Finding.MessageZh));
    }

    [Fact]
    public async Task Facts_TwoClosedSchoolRowsOneYear_BothComeBackAndACorrectionReplacesOnlyItsSchool()
    {
        var (ledger, facts, _) = await CreateAsync();
        var (first, content) = Csv("2024/县级指标数据-撤并.csv", """
            学年,指标代码,数值,说明
            2024,G1,是,昌市教〔2024〕12号
            2024,closed_school,6523010009,撤并至昌吉市第一小学
            2024,closed_school,6523010010,生源不足撤销
            """);
        Assert.Equal(3, content.Figures.Count);

        Assert.Empty(await ledger.RecordAsync(first, content));

        var year = await facts.LoadYearAsync(2024);
        Assert.Equal(3, year.Figures.Count);
        Assert.Equal(
            [("6523010009", "撤并至昌吉市第一小学"), ("6523010010", "生源不足撤销")],
            year.ClosedSchools.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value)));

        var (correction, corrected) = Csv("2024/县级指标数据-撤并-更正.csv", """
            学年,指标代码,数值,说明
            2024,closed_school,6523010010,撤并至昌吉市第三中学
            """);
        Assert.Equal(["closed_school:6523010010"], await ledger.RecordAsync(correction, corrected));

        var after = (await facts.LoadYearAsync(2024)).ClosedSchools;
        Assert.Equal(2, after.Count);
        Assert.Equal("撤并至昌吉市第一小学", after["6523010009"]);
        Assert.Equal("撤并至昌吉市第三中学", after["6523010010"]);
    }

    [Fact]
    public async Task Ledger_FindingsOfAYear_InTheOrderReceivedOnlyThatYear()
    {
        var (ledger, _, _) = await CreateAsync();
        var (faulty, faultyContent) = Sample("2025/补报-学校基础数据-有误.csv");
        var (other, otherContent) = Sample("2023/学校基础数据-2023.csv");
        var again = Record("2025/补报-学校基础数据-有误-再次.csv", faultyContent, 2025);
        Assert.NotEmpty(faultyContent.Findings);

        await ledger.RecordAsync(faulty, faultyContent);
        await ledger.RecordAsync(other, otherContent);
        await ledger.RecordAsync(again, faultyContent);

        var findings = await ledger.FindingsAsync(2025);
        Assert.Equal(
            [.. faultyContent.Findings.Select(f => (faulty.Sha256, 2025, f)), .. faultyContent.Findings.Select(f => (again.Sha256, 2025, f))],
            findings.Select(f => (f.Sha256, f.Year, f.Finding)));
        Assert.Empty(await ledger.FindingsAsync(2030));
    }

    [Fact]
    public async Task Facts_TwoCounties_EachCountyListedAndLoadedAlone()
    {
        var (ledger, facts, _) = await CreateAsync();
        var (home, content) = Sample("2023/学校基础数据-2023.csv");
        await ledger.RecordAsync(home, content);
        var other = content with
        {
            FileName = "阜康市.csv",
            Statistics = [.. content.Statistics.Take(3).Select(s => s with { SchoolCode = "9" + s.SchoolCode[1..], CountyCode = "652302" })],
        };
        await ledger.RecordAsync(Record("2023/阜康市.csv", other, 2023), other);

        Assert.Equal([null, "652302"], await facts.CountiesAsync(2023));
        Assert.Empty(await facts.CountiesAsync(2024));
        var whole = await facts.LoadYearAsync(2023);
        var alone = await facts.LoadCountyYearAsync(2023, null);
        var theirs = await facts.LoadCountyYearAsync(2023, "652302");
        Assert.Equal(content.Statistics.Select(s => s.SchoolCode).Order(StringComparer.Ordinal), alone.Schools.Select(s => s.SchoolCode));
        Assert.Equal(other.Statistics.Select(s => s.SchoolCode).Order(StringComparer.Ordinal), theirs.Schools.Select(s => s.SchoolCode));
        Assert.All(theirs.Schools, s => Assert.Equal("652302", s.CountyCode));
        Assert.Equal(whole.Schools.Select(s => s.SchoolCode), alone.Schools.Concat(theirs.Schools).Select(s => s.SchoolCode).Order(StringComparer.Ordinal));
        Assert.Empty((await facts.LoadCountyYearAsync(2023, "652323")).Schools);
    }

    [Fact]
    public async Task Alerts_TwoCounties_EachCountysLinesLoadedAlone()
    {
        var (_, _, alerts) = await CreateAsync();
        var home = Changes();
        var other = AlertReconciler.Reconcile(2024, [AlertRule.SubmissionMissing], [new FiredAlert
        {
            Rule = AlertRule.SubmissionMissing, Year = 2024, Subject = "funding", MessageZh = "2024学年 funding 逾期未报送", County = "652302",
        }], [], Start);
        await alerts.ApplyAsync(AlertChanges.Combine([home, other]));

        var all = await alerts.LoadAsync();
        var ours = await alerts.LoadCountyAsync(null);
        var theirs = await alerts.LoadCountyAsync("652302");

        Assert.Equal(home.Upserts.Select(a => a.AlertId).Order(StringComparer.Ordinal), ours.Select(a => a.AlertId));
        Assert.Equal(other.Upserts.Select(a => a.AlertId), theirs.Select(a => a.AlertId));
        Assert.Equal(all.Where(a => a.CountyCode is null).Select(a => a.AlertId), ours.Select(a => a.AlertId));
        Assert.Empty(await alerts.LoadCountyAsync("652323"));
    }

    [Fact]
    public async Task Alerts_ApplyThenLoad_ReturnsTheLedgerLines()
    {
        var (_, _, alerts) = await CreateAsync();
        var changes = Changes();

        await alerts.ApplyAsync(changes);

        Assert.Equal(
            changes.Upserts.Select(a => (a.AlertId, a.Key, a.Status, a.MessageZh)).OrderBy(a => a.AlertId, StringComparer.Ordinal),
            (await alerts.LoadAsync()).Select(a => (a.AlertId, a.Key, a.Status, a.MessageZh)).OrderBy(a => a.AlertId, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Alerts_RectificationLedgerFields_RoundTrip()
    {
        var (_, _, alerts) = await CreateAsync();
        var line = Changes().Upserts[0] with
        {
            ResponsibleUnits = ["市教育局", "各乡镇"],
            Measures = [7, 6],
            OverdueAtUtc = Start.AddDays(200),
        };
        var overdue = AlertMessageFactory.Create(line, AlertRule.SubmissionMissing, AlertEventType.Overdue, 2024, Start.AddDays(200));

        await alerts.ApplyAsync(new AlertChanges([line], [overdue]));

        var stored = Assert.Single(await alerts.LoadAsync());
        Assert.Equal((line.DueDate, line.OverdueAtUtc, "high"), (stored.DueDate, stored.OverdueAtUtc, stored.DisplayedSeverity));
        Assert.Equal(["市教育局", "各乡镇"], stored.ResponsibleUnits);
        Assert.Equal([7, 6], stored.Measures);
        var message = Assert.Single(await alerts.PendingMessagesAsync());
        Assert.Equal(("overdue", "supervision", line.DueDate), (message.EventType, message.Audience, message.DueDate));
        Assert.Equal([7, 6], message.Measures);
    }

    [Fact]
    public async Task Outbox_EveryPendingMarkedSent_NothingPending()
    {
        var (_, _, alerts) = await CreateAsync();
        var changes = Changes();
        await alerts.ApplyAsync(changes);

        var pending = await alerts.PendingMessagesAsync();
        foreach (var message in pending)
        {
            await alerts.MarkSentAsync([message.MessageId], Start.AddHours(1));
        }

        Assert.Equal(changes.Messages.Select(m => m.MessageId).Order(StringComparer.Ordinal), pending.Select(m => m.MessageId).Order(StringComparer.Ordinal));
        Assert.Empty(await alerts.PendingMessagesAsync());
    }

    [Fact]
    public async Task Outbox_SomeMarkedInOneCall_OnlyTheOthersStayPending()
    {
        var (_, _, alerts) = await CreateAsync();
        await alerts.ApplyAsync(Changes());
        var pending = await alerts.PendingMessagesAsync();
        Assert.True(pending.Count >= 2, "the contract's changes queue several messages");

        await alerts.MarkSentAsync([.. pending.Skip(1).Select(m => m.MessageId), "not-a-message"], Start.AddHours(1));

        Assert.Equal([pending[0].MessageId], (await alerts.PendingMessagesAsync()).Select(m => m.MessageId));
    }

    [Fact]
    public async Task Outbox_SameMessageIdAppliedTwice_QueuedOnce()
    {
        var (_, _, alerts) = await CreateAsync();
        var changes = Changes();

        await alerts.ApplyAsync(changes);
        await alerts.ApplyAsync(changes);

        var pending = await alerts.PendingMessagesAsync();
        Assert.Equal(changes.Messages.Select(m => m.MessageId).Order(StringComparer.Ordinal), pending.Select(m => m.MessageId).Order(StringComparer.Ordinal));
        Assert.Equal(changes.Upserts.Count, (await alerts.LoadAsync()).Count);
    }

    /// <summary>Two submissions missing for 2024, as the deadline rule fires them.</summary>
    private static AlertChanges Changes()
    {
        FiredAlert Missing(string kind) => new()
        {
            Rule = AlertRule.SubmissionMissing,
            Year = 2024,
            Subject = kind,
            MessageZh = $"2024学年 {kind} 逾期未报送",
        };

        var changes = AlertReconciler.Reconcile(2024, [AlertRule.SubmissionMissing], [Missing("funding"), Missing("county")], [], Start);
        Assert.Equal(2, changes.Messages.Count);
        return changes;
    }

    /// <summary>A committed sample, read as <c>ReceiveFile</c> reads it, with its ledger line.</summary>
    private (SubmissionRecord Submission, IngestedFile Content) Sample(string relative)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoRoot.Samples, relative));
        var folderYear = int.Parse(relative[..4], System.Globalization.CultureInfo.InvariantCulture);
        using var stream = new MemoryStream(bytes, writable: false);
        var content = FileIngestor.Read(stream, relative, folderYear, IngestionOptions.Default);
        return (Record(relative, content, folderYear, StableId.Sha256Hex(bytes)), content);
    }

    /// <summary>A CSV written here, read as <c>ReceiveFile</c> reads it, with its ledger line.</summary>
    private (SubmissionRecord Submission, IngestedFile Content) Csv(string relative, string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var folderYear = int.Parse(relative[..4], System.Globalization.CultureInfo.InvariantCulture);
        using var stream = new MemoryStream(bytes, writable: false);
        var content = FileIngestor.Read(stream, relative, folderYear, IngestionOptions.Default);
        Assert.False(content.Rejected, string.Join(" | ", content.Findings.Select(f => f.MessageZh)));
        return (Record(relative, content, folderYear, StableId.Sha256Hex(bytes)), content);
    }

    /// <summary>The ledger line of a file, received a minute after the previous one.</summary>
    private SubmissionRecord Record(string path, IngestedFile file, int folderYear, string? sha256 = null) => new()
    {
        Sha256 = sha256 ?? StableId.Sha256Hex(System.Text.Encoding.UTF8.GetBytes(path)),
        Path = path,
        Kind = file.Kind,
        Year = file.Year ?? folderYear,
        Status = file.Rejected ? SubmissionStatus.Rejected : file.RowsRejected > 0 ? SubmissionStatus.PartiallyAccepted : SubmissionStatus.Accepted,
        RowsRead = file.RowsRead,
        RowsAccepted = file.Rejected ? 0 : file.RowsAccepted,
        RowsRejected = file.Rejected ? file.RowsRead : file.RowsRejected,
        Errors = file.Findings.Count(f => f.Severity == Severity.Error),
        Warnings = file.Findings.Count(f => f.Severity == Severity.Warning),
        ReceivedAtUtc = Start.AddMinutes(received++),
    };

    private static object Describe(SubmissionRecord s) =>
        (s.Sha256, s.Path, s.Kind, s.Year, s.Status, s.RowsRead, s.RowsAccepted, s.RowsRejected, s.Errors, s.Warnings, Utc(s.ReceivedAtUtc));

    private static DateTime Utc(DateTime t) => t.Kind == DateTimeKind.Local ? t.ToUniversalTime() : DateTime.SpecifyKind(t, DateTimeKind.Utc);
}
