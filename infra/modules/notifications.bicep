// Delivery of alerts to people (docs/notifications.md): the Notify function drains two subscriptions of
// the alert topic with a peek-lock receiver. Service Bus routes on the `audience` application property
// (AlertMessageMapper sets it), so the supervision office never receives an operational alert such as a
// poison queue, and the operators' channels receive only those. Channel secrets (robot addresses with
// their keys, DingTalk 加签 secrets, webhook keys, SMTP passwords) live in this Key Vault, in RBAC mode;
// the app reads them only through Key Vault references in its settings, with its own identity.

@description('Azure region.')
param location string

@description('Key Vault name (3-24 letters, digits, hyphens).')
@minLength(3)
@maxLength(24)
param keyVaultName string

@description('User-assigned identity of the function app.')
param identityName string

@description('Service Bus namespace holding the alert topic.')
param serviceBusNamespaceName string

@description('Topic receiving alert events.')
param alertTopicName string

@description('Subscription of the supervision office (created by servicebus.bicep).')
param officeSubscriptionName string = 'supervision-office'

@description('Subscription of the operators: operational alerts only.')
param operationsSubscriptionName string = 'operations'

@description('Receives of one message before it is dead-lettered. Equal to AlertSubscriptionDrain.MaxDeliveryCount: waiting out a retry backoff costs a receive per Notify run.')
@minValue(10)
param maxDeliveryCount int = 100

@description('Tags applied to every resource.')
param tags object

// Built-in role definition ids (identical in every Azure cloud).
var serviceBusDataReceiver = '4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0'
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

// Operational alerts carry audience = 'operations'; everything else is the office's.
var operationsFilter = 'audience = \'operations\''
var officeFilter = 'audience IS NULL OR audience <> \'operations\''

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: identityName
}

resource namespace 'Microsoft.ServiceBus/namespaces@2024-01-01' existing = {
  name: serviceBusNamespaceName

  resource topic 'topics' existing = {
    name: alertTopicName

    resource office 'subscriptions' existing = {
      name: officeSubscriptionName
    }
  }
}

// Replaces the office subscription's default rule (match all) with a filter that leaves operational alerts out.
resource officeRule 'Microsoft.ServiceBus/namespaces/topics/subscriptions/rules@2024-01-01' = {
  parent: namespace::topic::office
  name: '$Default'
  properties: {
    filterType: 'SqlFilter'
    sqlFilter: {
      sqlExpression: officeFilter
    }
  }
}

resource operations 'Microsoft.ServiceBus/namespaces/topics/subscriptions@2024-01-01' = {
  parent: namespace::topic
  name: operationsSubscriptionName
  properties: {
    maxDeliveryCount: maxDeliveryCount
    lockDuration: 'PT1M'
    deadLetteringOnMessageExpiration: true
    defaultMessageTimeToLive: 'P14D'
  }
}

resource operationsRule 'Microsoft.ServiceBus/namespaces/topics/subscriptions/rules@2024-01-01' = {
  parent: operations
  name: '$Default'
  properties: {
    filterType: 'SqlFilter'
    sqlFilter: {
      sqlExpression: operationsFilter
    }
  }
}

// Receive (peek-lock, complete, abandon, dead-letter) on exactly the two subscriptions, nothing else.
resource officeReceiver 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(namespace::topic::office.id, identity.id, serviceBusDataReceiver)
  scope: namespace::topic::office
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', serviceBusDataReceiver)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource operationsReceiver 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(operations.id, identity.id, serviceBusDataReceiver)
  scope: operations
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', serviceBusDataReceiver)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    // Access by Azure RBAC only: no access policies to drift out of sight.
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

// The app reads secret values (through Key Vault references), never lists, writes or deletes them.
resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, identity.id, keyVaultSecretsUser)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

output keyVaultName string = keyVault.name
output operationsSubscriptionName string = operations.name
