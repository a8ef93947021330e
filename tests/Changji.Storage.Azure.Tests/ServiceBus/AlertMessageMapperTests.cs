using Azure.Messaging.ServiceBus;
using Changji.Pipeline;
using Changji.Pipeline.Alerts;
using Changji.Storage.Azure.ServiceBus;

namespace Changji.Storage.Azure.Tests.ServiceBus;

/// <summary>No Service Bus emulator runs here: the mapping is checked on the SDK's own message type.</summary>
public sealed class AlertMessageMapperTests
{
    private static AlertMessage Alert(string? schoolCode) => new()
    {
        MessageId = "0123456789abcdef0123",
        AlertId = "a1",
        EventType = "opened",
        Rule = AlertRule.SchoolBelowFloor.Code,
        RuleNameZh = AlertRule.SchoolBelowFloor.NameZh,
        Severity = "high",
        Year = 2024,
        Subject = schoolCode ?? "county",
        SchoolCode = schoolCode,
        Level = "primary",
        IndicatorCode = "L1",
        MessageZh = "【预警】2024学年 某小学 L1 低于最低值",
        OccurredAtUtc = new DateTime(2026, 6, 1, 8, 0, 0, DateTimeKind.Utc),
    };

    [Fact]
    public void FromReceived_WhatTheTopicDelivers_IsTheAlertThatWasSent()
    {
        var alert = Alert("3652010001") with { ResponsibleUnits = ["市教育局"], Measures = [7], DueDate = new DateOnly(2026, 8, 30) };
        var sent = AlertMessageMapper.ToServiceBusMessage(alert);
        var received = ServiceBusModelFactory.ServiceBusReceivedMessage(
            body: sent.Body, messageId: sent.MessageId, subject: sent.Subject, contentType: sent.ContentType, properties: sent.ApplicationProperties, deliveryCount: 1);

        Assert.Equal(PipelineJson.Serialize(alert), PipelineJson.Serialize(AlertMessageMapper.FromReceived(received)));
        Assert.Equal("supervision", received.ApplicationProperties["audience"]);
    }

    [Fact]
    public void ToServiceBusMessage_SchoolAlert_IdSubjectContentTypeAndProperties()
    {
        var message = AlertMessageMapper.ToServiceBusMessage(Alert("3652010001"));

        Assert.Equal("0123456789abcdef0123", message.MessageId);
        Assert.Equal("school_below_floor", message.Subject);
        Assert.Equal("application/json", message.ContentType);
        Assert.Equal("high", message.ApplicationProperties["severity"]);
        Assert.Equal(2024, message.ApplicationProperties["year"]);
        Assert.Equal("3652010001", message.ApplicationProperties["schoolCode"]);
        Assert.Equal("opened", message.ApplicationProperties["eventType"]);
        Assert.Equal(AlertMessage.CurrentSchemaVersion, message.ApplicationProperties["schemaVersion"]);
    }

    [Fact]
    public void ToServiceBusMessage_CountyAlert_NoSchoolCodeProperty()
    {
        var message = AlertMessageMapper.ToServiceBusMessage(Alert(null));

        Assert.False(message.ApplicationProperties.ContainsKey("schoolCode"));
    }

    [Fact]
    public void ToServiceBusMessage_Body_VersionedJsonThatRoundTrips()
    {
        var alert = Alert("3652010001");

        var body = AlertMessageMapper.ToServiceBusMessage(alert).Body.ToString();

        Assert.Contains($"\"schemaVersion\":{AlertMessage.CurrentSchemaVersion}", body, StringComparison.Ordinal);
        Assert.Contains("某小学", body, StringComparison.Ordinal); // Chinese stays readable, not \u-escaped
        Assert.Equal(alert, PipelineJson.Deserialize<AlertMessage>(body));
    }

    [Theory]
    [InlineData("supervision")]
    [InlineData("operations")]
    public void ToServiceBusMessage_Audience_IsAnApplicationPropertyForSubscriptionFilters(string audience)
    {
        var message = AlertMessageMapper.ToServiceBusMessage(Alert("3652010001") with { Audience = audience });

        Assert.Equal(audience, message.ApplicationProperties["audience"]);
    }

    [Fact]
    public void ToServiceBusMessage_PoisonQueueAlert_GoesToOperations()
    {
        var alert = Alert(null) with { Rule = AlertRule.PoisonMessage.Code, Audience = AlertRule.PoisonMessage.Audience.ToCode() };

        var message = AlertMessageMapper.ToServiceBusMessage(alert);

        Assert.Equal("operations", message.ApplicationProperties["audience"]);
    }
}
