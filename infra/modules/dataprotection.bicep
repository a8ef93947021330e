// Keeping the data: a CanNotDelete lock on the storage account (deleting it, or the resource group,
// fails until an Owner removes the lock: docs/runbooks.md#remove-the-delete-lock) and the account's
// lifecycle rules. raw/ is the archive every rebuild starts from: it is moved to cheaper tiers, never
// deleted. Runbook for restoring: docs/runbooks.md#restore-the-information-database.

@description('Storage account name.')
param storageAccountName string

@description('Days after its last change that a file in incoming/ is deleted (raw/ keeps its copy).')
@minValue(30)
param incomingRetentionDays int = 365

@description('Days after which raw/ files move to the cool tier (still read at once, cheaper to keep).')
@minValue(1)
param rawCoolAfterDays int = 30

@description('Days a snapshot in backup/ is kept (one a night: 35 kept).')
@minValue(7)
param backupRetentionDays int = 35

var names = loadJsonContent('../storage-names.json')

resource account 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource deleteLock 'Microsoft.Authorization/locks@2020-05-01' = {
  name: 'lock-${storageAccountName}-cannot-delete'
  scope: account
  properties: {
    level: 'CanNotDelete'
    notes: 'Holds the information database, the raw archive and the curated Parquet. Remove only to retire the deployment (docs/runbooks.md).'
  }
}

resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2024-01-01' = {
  parent: account
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'incoming-expire'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                '${names.containers.incoming}/'
              ]
            }
            actions: {
              baseBlob: {
                tierToCool: {
                  daysAfterModificationGreaterThan: 30
                }
                delete: {
                  daysAfterModificationGreaterThan: incomingRetentionDays
                }
              }
            }
          }
        }
        {
          // Never deleted: no delete action, only cheaper tiers that are still read at once (no archive tier,
          // which would need hours of rehydration before a restore).
          name: 'raw-keep-cool'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                '${names.containers.raw}/'
              ]
            }
            actions: {
              baseBlob: {
                tierToCool: {
                  daysAfterModificationGreaterThan: rawCoolAfterDays
                }
              }
            }
          }
        }
        {
          name: 'backup-keep-35'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                '${names.containers.backup}/'
              ]
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterCreationGreaterThan: backupRetentionDays
                }
              }
            }
          }
        }
        {
          // The package itself is never touched (Flex keeps the current one here); only old snapshots go.
          name: 'app-package-snapshots'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                '${names.containers.deployment}/'
              ]
            }
            actions: {
              snapshot: {
                delete: {
                  daysAfterCreationGreaterThan: 30
                }
              }
            }
          }
        }
      ]
    }
  }
}
