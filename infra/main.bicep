// Changji pipeline on Azure: one storage account (drop zone, raw archive, curated Parquet for
// Power BI, information-database tables, work queues), an isolated .NET 10 function app on Flex
// Consumption or Elastic Premium, Event Grid BlobCreated -> queue, Service Bus alerts, Application
// Insights. Deploys unchanged in global Azure and in Azure China: every endpoint comes from the
// deployed resources or environment(), none is written down.
// Keyless throughout: shared keys, SAS and instrumentation-key auth are disabled; every caller
// authenticates with Entra ID. Deploy: az deployment group create -g RG -f infra/main.bicep
//   -p namePrefix=cj environmentName=dev alertEmail=…   or   -p params/global.bicepparam | params/china.bicepparam
//   (see README.md)

targetScope = 'resourceGroup'

@description('Azure region for every resource. With hostingPlan FlexConsumption, Flex Consumption must be available there.')
param location string = resourceGroup().location

@description('FlexConsumption (default) or ElasticPremium, for regions and clouds without Flex Consumption (e.g. Azure China).')
@allowed([
  'FlexConsumption'
  'ElasticPremium'
])
param hostingPlan string = 'FlexConsumption'

@description('Environment name, part of every resource name (e.g. dev, test, prod).')
@minLength(2)
@maxLength(8)
param environmentName string

@description('Short lowercase prefix (letters and digits) for resource names.')
@minLength(2)
@maxLength(8)
param namePrefix string

@description('E-mail address of the IT owner, who receives every monitoring alert.')
param alertEmail string

@description('NCRONTAB (6 fields, UTC) for the Reconcile timer. Default 02:00 UTC daily.')
param reconcileSchedule string = '0 0 2 * * *'

@description('NCRONTAB (6 fields, UTC) for the Bulletin timer (督查通报). Default 01:00 UTC on the 1st = 09:00 Beijing time on the first of each month.')
param bulletinSchedule string = '0 0 1 1 * *'

@description('NCRONTAB (6 fields, UTC) for the PublishTemplates timer (steward templates to the templates container). Default 01:00 UTC on 1 September = 09:00 Beijing time.')
param templatesSchedule string = '0 0 1 1 9 *'
@description('NCRONTAB (6 fields, UTC) for the Backup timer, which exports the tables to backup/. Default 19:00 UTC = 03:00 Beijing time, nightly.')
param backupSchedule string = '0 0 19 * * *'

@description('Submission deadline per file kind (MM-DD): kind=MM-DD;kind=MM-DD.')
param submissionDeadlines string = 'statistics=10-31;funding=12-31;county=12-31'

@description('Replication of the storage account. ZRS (default) keeps the data through the loss of one zone; choose LRS where the region has no zones, GZRS/GRS for a second region.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageRedundancy string = 'Standard_ZRS'

@description('Monthly budget of the resource group in the billing currency (CNY in Azure China); 0 deploys no budget.')
@minValue(0)
param monthlyBudget int = 200

@description('First day of the budget period (yyyy-MM-01); defaults to this month.')
param budgetStartDate string = utcNow('yyyy-MM-01')

@description('NCRONTAB (6 fields, UTC) for the Notify timer (alerts to WeCom, DingTalk, webhooks, e-mail). Default every 5 minutes.')
param notifySchedule string = '0 */5 * * * *'

@description('The channels file as JSON (docs/notifications.md); secrets only as env:NAME of channelSecretNames. Empty: no delivery.')
param notifyChannels string = ''

@description('App settings read from Key Vault: NAME reads secret NAME with _ as - (docs/notifications.md).')
param channelSecretNames array = []

@description('Stewards\' page sign-in: the Microsoft Entra tenant (directory) id. Empty: the page\'s API refuses every call until it is set (docs/azure.md).')
param stewardAuthTenantId string = ''

@description('Stewards\' page sign-in: the application (client) id of its app registration, with app roles Steward and Viewer (docs/azure.md).')
param stewardAuthClientId string = ''

var prefix = toLower(namePrefix)
var env = toLower(environmentName)
var suffix = take(uniqueString(resourceGroup().id, prefix, env), 6)
var baseName = '${prefix}-${env}'
// Names are deploy-time constants (not module outputs) so What-If can predict every resource.
var identityName = 'id-${baseName}-func'
// Storage names allow only lowercase letters and digits.
var storageAccountName = take(replace('st${prefix}${env}${suffix}', '-', ''), 24)
var appInsightsName = 'appi-${baseName}'
var serviceBusNamespaceName = 'sb-${baseName}-${suffix}'
var alertTopicName = 'supervision-alerts'
var workspaceName = 'log-${baseName}'
var systemTopicName = 'evgt-${baseName}-storage'
var functionAppName = 'func-${baseName}-${suffix}'
// As modules/alerts.bicep names it (a constant, not its output, so What-If resolves the references).
var actionGroupName = 'ag-${baseName}-it-owner'
var keyVaultName = take('kv${prefix}${env}${suffix}', 24)
var tags = {
  project: 'changji-pipeline'
  environment: env
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    location: location
    name: identityName
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: workspaceName
    appInsightsName: appInsightsName
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    name: storageAccountName
    skuName: storageRedundancy
    tags: tags
  }
}

module dataProtection 'modules/dataprotection.bicep' = {
  name: 'dataProtection'
  dependsOn: [
    storage
  ]
  params: {
    storageAccountName: storageAccountName
  }
}

module serviceBus 'modules/servicebus.bicep' = {
  name: 'serviceBus'
  params: {
    location: location
    namespaceName: serviceBusNamespaceName
    topicName: alertTopicName
    tags: tags
  }
}

module roles 'modules/roles.bicep' = {
  name: 'roles'
  dependsOn: [
    identity
    storage
    serviceBus
    monitoring
  ]
  params: {
    identityName: identityName
    storageAccountName: storageAccountName
    serviceBusNamespaceName: serviceBusNamespaceName
    alertTopicName: alertTopicName
    appInsightsName: appInsightsName
  }
}

module notifications 'modules/notifications.bicep' = {
  name: 'notifications'
  dependsOn: [
    identity
    serviceBus
  ]
  params: {
    location: location
    keyVaultName: keyVaultName
    identityName: identityName
    serviceBusNamespaceName: serviceBusNamespaceName
    alertTopicName: alertTopicName
    tags: tags
  }
}

module eventGrid 'modules/eventgrid.bicep' = {
  name: 'eventGrid'
  dependsOn: [
    storage
  ]
  params: {
    location: location
    systemTopicName: systemTopicName
    storageAccountName: storageAccountName
    tags: tags
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionApp'
  // The host needs its storage roles before it first starts, and its Key Vault role to resolve references.
  dependsOn: [
    roles
    monitoring
    notifications
  ]
  params: {
    location: location
    hostingPlan: hostingPlan
    planName: 'asp-${baseName}'
    appName: functionAppName
    identityName: identityName
    storageAccountName: storageAccountName
    appInsightsName: appInsightsName
    serviceBusFullyQualifiedNamespace: serviceBus.outputs.fullyQualifiedNamespace
    alertTopicName: alertTopicName
    reconcileSchedule: reconcileSchedule
    bulletinSchedule: bulletinSchedule
    templatesSchedule: templatesSchedule
    submissionDeadlines: submissionDeadlines
    notifySchedule: notifySchedule
    backupSchedule: backupSchedule
    notifyChannels: notifyChannels
    keyVaultName: keyVaultName
    channelSecretNames: channelSecretNames
    stewardAuthTenantId: stewardAuthTenantId
    stewardAuthClientId: stewardAuthClientId
    tags: tags
  }
}

module alerts 'modules/alerts.bicep' = {
  name: 'alerts'
  dependsOn: [
    monitoring
    storage
    serviceBus
    eventGrid
    functionApp
  ]
  params: {
    location: location
    baseName: baseName
    alertEmail: alertEmail
    workspaceName: workspaceName
    appInsightsName: appInsightsName
    storageAccountName: storageAccountName
    serviceBusNamespaceName: serviceBusNamespaceName
    systemTopicName: systemTopicName
    functionAppName: functionAppName
    tags: tags
  }
}

module operations 'modules/operations.bicep' = {
  name: 'operations'
  dependsOn: [
    alerts
  ]
  params: {
    location: location
    baseName: baseName
    appInsightsName: appInsightsName
    actionGroupName: actionGroupName
    alertEmail: alertEmail
    monthlyBudget: monthlyBudget
    budgetStartDate: budgetStartDate
    tags: tags
  }
}

@description('Storage account holding blobs, queues and the information-database tables.')
output storageAccountName string = storage.outputs.name

@description('ADLS Gen2 (DFS) URL of curated/ for Power BI\'s Azure Data Lake Storage Gen2 connector.')
output curatedDfsUrl string = storage.outputs.curatedDfsUrl

@description('Function app to publish the Functions project to.')
output functionAppName string = functionApp.outputs.name

@description('Key Vault for channel secrets (RBAC): add each secret of channelSecretNames here.')
output keyVaultName string = notifications.outputs.keyVaultName

@description('Service Bus fully qualified namespace (alerts topic supervision-alerts).')
output serviceBusFullyQualifiedNamespace string = serviceBus.outputs.fullyQualifiedNamespace
