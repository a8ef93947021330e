// Monitoring: an action group that e-mails the IT owner; alerts on function failures, on a missing
// Reconcile heartbeat, on Service Bus dead-letters and on Event Grid dead-lettered or dropped events;
// diagnostic settings sending Storage, Service Bus, Event Grid and function logs to Log Analytics.
// Every resource is referenced by name (deploy-time constants), so What-If predicts all of it.
// What each alert means and what to do: docs/runbooks.md, "Alerts".

@description('Azure region of the log alert (metric alerts and the action group are global).')
param location string

@description('Short name used in every monitoring resource name, e.g. cj-dev.')
param baseName string

@description('E-mail address of the IT owner, who receives every alert.')
param alertEmail string

@description('Log Analytics workspace receiving the diagnostic logs.')
param workspaceName string

@description('Application Insights component of the function app.')
param appInsightsName string

@description('Storage account (blobs, queues, tables).')
param storageAccountName string

@description('Service Bus namespace of the alert topic.')
param serviceBusNamespaceName string

@description('Event Grid system topic of the storage account.')
param systemTopicName string

@description('Function app.')
param functionAppName string

@description('Hours without a successful Reconcile run before the heartbeat alert fires (it runs daily).')
@minValue(25)
@maxValue(48)
param heartbeatHours int = 26

@description('Tags applied to every resource.')
param tags object

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' existing = {
  name: workspaceName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'
  }

  resource queueService 'queueServices' existing = {
    name: 'default'
  }

  resource tableService 'tableServices' existing = {
    name: 'default'
  }
}

resource serviceBus 'Microsoft.ServiceBus/namespaces@2024-01-01' existing = {
  name: serviceBusNamespaceName
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: 'ag-${baseName}-it-owner'
  location: 'Global'
  tags: tags
  properties: {
    groupShortName: 'changji'
    enabled: true
    emailReceivers: [
      {
        name: 'it-owner'
        emailAddress: alertEmail
        useCommonAlertSchema: true
      }
    ]
  }
}

var actions = [
  {
    actionGroupId: actionGroup.id
  }
]

// Each metric alert: one metric of one resource, total over the window greater than zero.
var metricAlerts = [
  {
    name: 'function-failures'
    description: 'A function invocation failed (IngestFile, RecomputeYear or Reconcile). Runbook: docs/runbooks.md#function-failures'
    severity: 2
    scope: appInsights.id
    metricNamespace: 'microsoft.insights/components'
    metricName: 'requests/failed'
    aggregation: 'Count'
  }
  {
    name: 'servicebus-deadletters'
    description: 'Alert messages were dead-lettered on the supervision topic. Runbook: docs/runbooks.md#service-bus-dead-letters'
    severity: 2
    scope: serviceBus.id
    metricNamespace: 'Microsoft.ServiceBus/namespaces'
    metricName: 'DeadletteredMessages'
    aggregation: 'Maximum'
  }
  {
    name: 'eventgrid-deadlettered'
    description: 'BlobCreated events could not be delivered to ingest-requests and were dead-lettered. Runbook: docs/runbooks.md#event-grid-dead-lettered-or-dropped-events'
    severity: 2
    scope: systemTopic.id
    metricNamespace: 'Microsoft.EventGrid/systemTopics'
    metricName: 'DeadLetteredCount'
    aggregation: 'Total'
  }
  {
    name: 'eventgrid-dropped'
    description: 'BlobCreated events were dropped by Event Grid. Runbook: docs/runbooks.md#event-grid-dead-lettered-or-dropped-events'
    severity: 1
    scope: systemTopic.id
    metricNamespace: 'Microsoft.EventGrid/systemTopics'
    metricName: 'DroppedEventCount'
    aggregation: 'Total'
  }
]

resource alerts 'Microsoft.Insights/metricAlerts@2018-03-01' = [
  for alert in metricAlerts: {
    name: 'alert-${baseName}-${alert.name}'
    location: 'global'
    tags: tags
    properties: {
      description: alert.description
      severity: alert.severity
      enabled: true
      scopes: [
        alert.scope
      ]
      evaluationFrequency: 'PT5M'
      windowSize: 'PT15M'
      autoMitigate: true
      criteria: {
        'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
        allOf: [
          {
            criterionType: 'StaticThresholdCriterion'
            name: alert.name
            metricNamespace: alert.metricNamespace
            metricName: alert.metricName
            timeAggregation: alert.aggregation
            operator: 'GreaterThan'
            threshold: 0
          }
        ]
      }
      actions: actions
    }
  }
]

// Reconcile runs daily (ReconcileSchedule); no successful run for heartbeatHours means the timer,
// the host or its storage is broken, and missed events, deadlines and poison queues go unnoticed.
resource heartbeat 'Microsoft.Insights/scheduledQueryRules@2023-03-15-preview' = {
  name: 'alert-${baseName}-reconcile-heartbeat'
  location: location
  tags: tags
  properties: {
    displayName: 'No successful Reconcile run for ${heartbeatHours} hours'
    description: 'The daily Reconcile timer has not completed successfully. Runbook: docs/runbooks.md#no-reconcile-heartbeat'
    severity: 1
    enabled: true
    scopes: [
      appInsights.id
    ]
    evaluationFrequency: 'PT1H'
    windowSize: 'PT${heartbeatHours}H'
    criteria: {
      allOf: [
        {
          query: 'requests | where operation_Name == "Reconcile" and success == true'
          timeAggregation: 'Count'
          operator: 'LessThan'
          threshold: 1
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    autoMitigate: true
    actions: {
      actionGroups: [
        actionGroup.id
      ]
    }
  }
}

// Diagnostic logs to the workspace. Storage logs are per service (the account itself has metrics only).
resource blobLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: storage::blobService
  properties: {
    workspaceId: workspace.id
    logs: [
      {
        categoryGroup: 'allLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'Transaction'
        enabled: true
      }
    ]
  }
}

resource queueLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: storage::queueService
  properties: {
    workspaceId: workspace.id
    logs: [
      {
        categoryGroup: 'allLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'Transaction'
        enabled: true
      }
    ]
  }
}

resource tableLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: storage::tableService
  properties: {
    workspaceId: workspace.id
    logs: [
      {
        categoryGroup: 'allLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'Transaction'
        enabled: true
      }
    ]
  }
}

resource serviceBusLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: serviceBus
  properties: {
    workspaceId: workspace.id
    logs: [
      {
        categoryGroup: 'allLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

resource eventGridLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: systemTopic
  properties: {
    workspaceId: workspace.id
    logs: [
      {
        categoryGroup: 'allLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

resource functionLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: functionApp
  properties: {
    workspaceId: workspace.id
    logs: [
      {
        category: 'FunctionAppLogs'
        enabled: true
      }
    ]
  }
}

output actionGroupName string = actionGroup.name
