// BlobCreated on incoming/ -> storage queue ingest-requests -> IngestFile (queue trigger).
// The storage account forbids shared keys, so Event Grid delivers with the system topic's own
// system-assigned identity. That identity gets exactly one role: Storage Queue Data Message Sender
// on the ingest-requests queue, and Storage Blob Data Contributor on the dead-letter container
// eventgrid-deadletter, where an event that could not be delivered after the retries is written
// (instead of being dropped). These are the only role assignments not held by the app's identity.

@description('Azure region (must be the storage account\'s region).')
param location string

@description('System topic name.')
param systemTopicName string

@description('Storage account raising the events and hosting the queue.')
param storageAccountName string

@description('Tags applied to every resource.')
param tags object

var incomingContainer = loadJsonContent('../storage-names.json', '$.containers.incoming')
var ingestQueue = loadJsonContent('../storage-names.json', '$.queues.ingest')
var deadLetterContainer = loadJsonContent('../storage-names.json', '$.containers.eventGridDeadLetter')
var storageQueueDataMessageSender = 'c6a89b2d-59bc-44d0-9896-0f6e12d7b80a'
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource deadLetter 'containers' existing = {
      name: deadLetterContainer
    }
  }

  resource queueService 'queueServices' existing = {
    name: 'default'

    resource queue 'queues' existing = {
      name: ingestQueue
    }
  }
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: systemTopicName
  location: location
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

resource queueSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage::queueService::queue.id, systemTopic.id, storageQueueDataMessageSender)
  scope: storage::queueService::queue
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageQueueDataMessageSender)
    principalId: systemTopic.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource deadLetterWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage::blobService::deadLetter.id, systemTopic.id, storageBlobDataContributor)
  scope: storage::blobService::deadLetter
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    principalId: systemTopic.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource blobCreated 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: systemTopic
  name: 'incoming-to-ingest-requests'
  // Event Grid checks its right to send when the subscription is created.
  dependsOn: [
    queueSender
    deadLetterWriter
  ]
  properties: {
    eventDeliverySchema: 'EventGridSchema'
    deliveryWithResourceIdentity: {
      identity: {
        type: 'SystemAssigned'
      }
      destination: {
        endpointType: 'StorageQueue'
        properties: {
          resourceId: storage.id
          queueName: ingestQueue
          // -1: the message never expires in the queue; IngestFile or the poison queue decides its fate.
          queueMessageTimeToLiveInSeconds: -1
        }
      }
    }
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${incomingContainer}/blobs/'
      // With a hierarchical namespace, DFS CreateFile raises BlobCreated for an empty file before the
      // data is flushed; only completed writes are worth ingesting.
      advancedFilters: [
        {
          operatorType: 'StringIn'
          key: 'data.api'
          values: [
            'PutBlob'
            'PutBlockList'
            'CopyBlob'
            'FlushWithClose'
          ]
        }
      ]
    }
    // Undeliverable events (retries exhausted, or TTL passed) are kept, not dropped; an alert watches for them.
    deadLetterWithResourceIdentity: {
      identity: {
        type: 'SystemAssigned'
      }
      deadLetterDestination: {
        endpointType: 'StorageBlob'
        properties: {
          resourceId: storage.id
          blobContainerName: deadLetterContainer
        }
      }
    }
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}

output systemTopicName string = systemTopic.name
