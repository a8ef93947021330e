// The one user-assigned identity the function app runs as. Every data-plane role is granted to it
// (see roles.bicep), so rotating or auditing access means looking at a single principal.

@description('Azure region.')
param location string

@description('Name of the user-assigned managed identity.')
param name string

@description('Tags applied to every resource.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output name string = identity.name
output clientId string = identity.properties.clientId
