// Function plan + isolated-worker .NET 10 function app (IngestFile, RecomputeYear, Reconcile), on
// Flex Consumption (default) or Elastic Premium (regions and clouds without Flex, e.g. Azure China).
// Every connection is identity-based through the user-assigned identity: the host's storage
// (AzureWebJobsStorage__*ServiceUri, valid in every cloud), the deployment package, the app's own
// Storage__* and ServiceBus__* clients and Application Insights (Entra ID auth). No key or connection
// secret is ever read, and no endpoint is written down: they come from the account or environment().
// Flex Consumption rejects FUNCTIONS_WORKER_RUNTIME / FUNCTIONS_EXTENSION_VERSION /
// WEBSITE_RUN_FROM_PACKAGE app settings (the runtime is declared in functionAppConfig.runtime) and no
// longer takes siteConfig.ftpsState / http20Enabled; Elastic Premium needs the settings instead.

@description('Azure region.')
param location string

@description('FlexConsumption (FC1, default) or ElasticPremium (EP1-EP3, for regions and clouds without Flex Consumption).')
@allowed([
  'FlexConsumption'
  'ElasticPremium'
])
param hostingPlan string = 'FlexConsumption'

@description('Plan name.')
param planName string

@description('Function app name (globally unique host name).')
param appName string

@description('User-assigned identity the app runs as.')
param identityName string

@description('Storage account for the host, the deployment package and the app\'s data.')
param storageAccountName string

@description('Application Insights component.')
param appInsightsName string

@description('Service Bus fully qualified namespace (host name, no scheme).')
param serviceBusFullyQualifiedNamespace string

@description('Topic receiving alert events.')
param alertTopicName string

@description('NCRONTAB (6 fields, UTC) for the Reconcile timer.')
param reconcileSchedule string

@description('NCRONTAB (6 fields, UTC) for the Bulletin timer (督查通报).')
param bulletinSchedule string

@description('NCRONTAB (6 fields, UTC) for the PublishTemplates timer (steward templates to the templates container).')
param templatesSchedule string

@description('Submission deadlines per file kind, MM-DD of the school year\'s calendar: kind=MM-DD;…')
param submissionDeadlines string

@description('NCRONTAB (6 fields, UTC) for the Notify timer, which delivers alerts to the channels.')
param notifySchedule string = '0 */5 * * * *'

@description('NCRONTAB (6 fields, UTC) for the Backup timer (tables to backup/, nightly).')
param backupSchedule string = '0 0 19 * * *'

@description('The channels file as JSON (docs/notifications.md); its env:NAME values name the settings of channelSecretNames. Empty: no delivery.')
param notifyChannels string = ''

@description('Key Vault holding the channel secrets.')
param keyVaultName string = ''

@description('App settings that are Key Vault references: each NAME reads the secret NAME with _ written as - (e.g. CHANGJI_WECOM_URL -> CHANGJI-WECOM-URL).')
param channelSecretNames array = []

@description('Stewards\' page sign-in: the Microsoft Entra tenant id; empty leaves the page\'s API refusing every call.')
param stewardAuthTenantId string

@description('Stewards\' page sign-in: the application (client) id of its app registration.')
param stewardAuthClientId string

@description('Flex Consumption: upper bound of instances it may scale out to (40 is the platform minimum).')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Elastic Premium: plan SKU.')
@allowed([
  'EP1'
  'EP2'
  'EP3'
])
param premiumSku string = 'EP1'

@description('Elastic Premium: upper bound of instances the plan may scale out to.')
@minValue(1)
@maxValue(100)
param maximumElasticWorkerCount int = 20

@description('Memory per instance (MB).')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Tags applied to every resource.')
param tags object

var deploymentContainer = loadJsonContent('../storage-names.json', '$.containers.deployment')
var isFlex = hostingPlan == 'FlexConsumption'
// Elastic Premium runs the package that `az storage blob upload` put here, read with the identity
// (no Azure Files content share: it would need a shared key, which the account forbids).
var premiumPackageBlob = 'functions.zip'
// Resolved by the platform with the app's identity (keyVaultReferenceIdentity); valid in every cloud, no vault URL written down.
var channelSecretSettings = [
  for name in channelSecretNames: {
    name: name
    value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${replace(name, '_', '-')})'
  }
]

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: identityName
}

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: isFlex ? 'functionapp' : 'elastic'
  sku: isFlex
    ? {
        name: 'FC1'
        tier: 'FlexConsumption'
      }
    : {
        name: premiumSku
        tier: 'ElasticPremium'
      }
  properties: isFlex
    ? {
        reserved: true
      }
    : {
        reserved: true
        maximumElasticWorkerCount: maximumElasticWorkerCount
      }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  // azd (azure.yaml, service "functions") finds the app to deploy to by this tag.
  tags: union(tags, { 'azd-service-name': 'functions' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    functionAppConfig: !isFlex
      ? null
      : {
          deployment: {
            storage: {
              type: 'blobContainer'
              value: '${storage.properties.primaryEndpoints.blob}${deploymentContainer}'
              authentication: {
                type: 'UserAssignedIdentity'
                userAssignedIdentityResourceId: identity.id
              }
            }
          }
          scaleAndConcurrency: {
            maximumInstanceCount: maximumInstanceCount
            instanceMemoryMB: instanceMemoryMB
          }
          runtime: {
            name: 'dotnet-isolated'
            version: '10.0'
          }
        }
    siteConfig: {
      minTlsVersion: '1.2'
      linuxFxVersion: isFlex ? null : 'DOTNET-ISOLATED|10.0'
      ftpsState: isFlex ? null : 'Disabled'
      http20Enabled: isFlex ? null : true
      appSettings: concat(
        [
          // Functions host storage (leases, timers, queue triggers), by service URI: unlike
          // __accountName, which assumes the global cloud's host names, valid in every cloud.
          { name: 'AzureWebJobsStorage__blobServiceUri', value: storage.properties.primaryEndpoints.blob }
          { name: 'AzureWebJobsStorage__queueServiceUri', value: storage.properties.primaryEndpoints.queue }
          { name: 'AzureWebJobsStorage__tableServiceUri', value: storage.properties.primaryEndpoints.table }
          { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
          { name: 'AzureWebJobsStorage__clientId', value: identity.properties.clientId }
          // Application Insights accepts Entra ID tokens only (DisableLocalAuth); the connection string
          // just says where to send.
          { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
          {
            name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
            value: 'Authorization=AAD;ClientId=${identity.properties.clientId}'
          }
          // DefaultAzureCredential in the app code picks the user-assigned identity from this.
          { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
          // The app's data clients (blobs, queues, tables) and the "Storage" trigger connection.
          { name: 'Storage__accountName', value: storage.name }
          { name: 'Storage__blobServiceUri', value: storage.properties.primaryEndpoints.blob }
          { name: 'Storage__queueServiceUri', value: storage.properties.primaryEndpoints.queue }
          { name: 'Storage__tableServiceUri', value: storage.properties.primaryEndpoints.table }
          { name: 'Storage__endpointSuffix', value: environment().suffixes.storage }
          { name: 'Storage__credential', value: 'managedidentity' }
          { name: 'Storage__clientId', value: identity.properties.clientId }
          // Alerts to the supervision office.
          { name: 'ServiceBus__fullyQualifiedNamespace', value: serviceBusFullyQualifiedNamespace }
          { name: 'ServiceBus__credential', value: 'managedidentity' }
          { name: 'ServiceBus__clientId', value: identity.properties.clientId }
          { name: 'AlertTopic', value: alertTopicName }
          // Pipeline behaviour.
          { name: 'ReconcileSchedule', value: reconcileSchedule }
          { name: 'BulletinSchedule', value: bulletinSchedule }
          { name: 'TemplatesSchedule', value: templatesSchedule }
          { name: 'SubmissionDeadlines', value: submissionDeadlines }
          // The nightly snapshot of the tables in backup/ (docs/runbooks.md, "Restore the information database").
          { name: 'BackupSchedule', value: backupSchedule }
          // Delivery to WeCom, DingTalk, webhooks and e-mail (docs/notifications.md).
          { name: 'NotifySchedule', value: notifySchedule }
          { name: 'NotifyChannels', value: notifyChannels }
          // The stewards' page: whose tokens the app accepts (docs/azure.md); the login endpoint is the cloud's own.
          {
            name: 'StewardAuth__Authority'
            value: empty(stewardAuthTenantId) ? '' : '${environment().authentication.loginEndpoint}${stewardAuthTenantId}'
          }
          { name: 'StewardAuth__ClientId', value: stewardAuthClientId }
        ],
        channelSecretSettings,
        isFlex
          ? []
          : [
              // Elastic Premium only (Flex rejects them).
              { name: 'FUNCTIONS_EXTENSION_VERSION', value: '~4' }
              { name: 'FUNCTIONS_WORKER_RUNTIME', value: 'dotnet-isolated' }
              {
                name: 'WEBSITE_RUN_FROM_PACKAGE'
                value: '${storage.properties.primaryEndpoints.blob}${deploymentContainer}/${premiumPackageBlob}'
              }
              { name: 'WEBSITE_RUN_FROM_PACKAGE_BLOB_MI_RESOURCE_ID', value: identity.id }
            ]
      )
    }
  }
}

// Publishing goes through Entra ID (az functionapp deploy / OneDeploy), never basic-auth credentials.
resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

output name string = app.name
