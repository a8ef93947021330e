// Service Bus for alerts to the supervision office (督导室). Standard tier is the cheapest with topics
// and duplicate detection: the pipeline sets MessageId from the alert identity + event, so a rerun
// inside the detection window never delivers the same alert twice. SAS (local) auth is disabled.

@description('Azure region.')
param location string

@description('Service Bus namespace name.')
@minLength(6)
@maxLength(50)
param namespaceName string

@description('Topic receiving alert events.')
param topicName string = 'supervision-alerts'

@description('Subscription read by the supervision office.')
param subscriptionName string = 'supervision-office'

@description('How long a MessageId is remembered for duplicate detection (ISO 8601; Standard allows up to 7 days).')
param duplicateDetectionWindow string = 'P7D'

@description('Tags applied to every resource.')
param tags object

resource namespace 'Microsoft.ServiceBus/namespaces@2024-01-01' = {
  name: namespaceName
  location: location
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
  }
}

resource topic 'Microsoft.ServiceBus/namespaces/topics@2024-01-01' = {
  parent: namespace
  name: topicName
  properties: {
    requiresDuplicateDetection: true
    duplicateDetectionHistoryTimeWindow: duplicateDetectionWindow
    defaultMessageTimeToLive: 'P14D'
    supportOrdering: true
  }
}

resource subscription 'Microsoft.ServiceBus/namespaces/topics/subscriptions@2024-01-01' = {
  parent: topic
  name: subscriptionName
  properties: {
    // As notifications.bicep: a message waiting out a delivery retry's backoff is received once per Notify run.
    maxDeliveryCount: 100
    lockDuration: 'PT1M'
    deadLetteringOnMessageExpiration: true
    defaultMessageTimeToLive: 'P14D'
  }
}

output namespaceName string = namespace.name
output topicName string = topic.name
// serviceBusEndpoint is https://<host>:443/ -> <host>, in whichever cloud, without writing its suffix down.
output fullyQualifiedNamespace string = split(split(namespace.properties.serviceBusEndpoint, '//')[1], ':')[0]
