// Operations alerts beyond alerts.bicep: a poison queue that is not empty (from the depth Reconcile
// logs every run, functions/Changji.Functions/Monitoring/PoisonDepthLog.cs) and the monthly budget of
// the resource group. Both notify the IT owner's action group. Runbook: docs/runbooks.md#alerts.

@description('Azure region of the log alert.')
param location string

@description('Short name used in every monitoring resource name, e.g. cj-dev.')
param baseName string

@description('Application Insights component of the function app (where Reconcile logs the depths).')
param appInsightsName string

@description('Action group of the IT owner (alerts.bicep).')
param actionGroupName string

@description('E-mail address of the IT owner, also named on the budget.')
param alertEmail string

@description('Monthly budget of the resource group in the billing currency (CNY in Azure China); 0 deploys no budget.')
@minValue(0)
param monthlyBudget int

@description('First day of the budget, the first of a month (yyyy-MM-01).')
param budgetStartDate string

@description('Hours a depth line stays relevant: Reconcile runs daily, so the last run\'s lines are inside.')
@minValue(25)
@maxValue(48)
param depthWindowHours int = 26

@description('Tags applied to every resource.')
param tags object

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' existing = {
  name: actionGroupName
}

// The last depth Reconcile logged per poison queue; any above zero fires. A message there failed every
// attempt (maxDequeueCount in host.json) and waits for an operator.
resource poisonDepth 'Microsoft.Insights/scheduledQueryRules@2023-03-15-preview' = {
  name: 'alert-${baseName}-poison-queue-not-empty'
  location: location
  tags: tags
  properties: {
    displayName: 'A poison queue holds messages'
    description: 'Reconcile found messages in ingest-requests-poison or recompute-requests-poison. Runbook: docs/runbooks.md#poison-queue-not-empty'
    severity: 2
    enabled: true
    scopes: [
      appInsights.id
    ]
    evaluationFrequency: 'PT1H'
    windowSize: 'PT${depthWindowHours}H'
    criteria: {
      allOf: [
        {
          query: 'traces | where message startswith "PoisonQueueDepth " | parse message with "PoisonQueueDepth " Queue "=" Depth:long | summarize arg_max(timestamp, Depth) by Queue | where Depth > 0'
          timeAggregation: 'Count'
          operator: 'GreaterThan'
          threshold: 0
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

// Cost Management budget of this resource group: mail at 80 % of actual spend and at 100 % forecast.
resource budget 'Microsoft.Consumption/budgets@2023-11-01' = if (monthlyBudget > 0) {
  name: 'budget-${baseName}'
  properties: {
    category: 'Cost'
    amount: monthlyBudget
    timeGrain: 'Monthly'
    timePeriod: {
      startDate: budgetStartDate
    }
    notifications: {
      actual80: {
        enabled: true
        operator: 'GreaterThan'
        threshold: 80
        thresholdType: 'Actual'
        contactEmails: [
          alertEmail
        ]
        contactGroups: [
          actionGroup.id
        ]
      }
      forecast100: {
        enabled: true
        operator: 'GreaterThan'
        threshold: 100
        thresholdType: 'Forecasted'
        contactEmails: [
          alertEmail
        ]
        contactGroups: [
          actionGroup.id
        ]
      }
    }
  }
}
