// Azure China (AzureChinaCloud, operated by 21Vianet), for data that must stay in mainland China.
// Flex Consumption is not offered there: Elastic Premium. Every endpoint (storage, Service Bus,
// Application Insights, Entra ID) follows from the cloud the deployment runs in. Deploy:
//   az cloud set --name AzureChinaCloud && az login
//   az group create -n rg-cj-prod -l chinanorth3
//   az deployment group create -g rg-cj-prod -f infra/main.bicep -p infra/params/china.bicepparam
// Check the plan SKU is offered: az functionapp list-consumption-locations / the portal's plan picker.
using '../main.bicep'

param namePrefix = 'cj'
param environmentName = 'prod'
// The IT owner, who receives every monitoring alert: replace before deploying.
param alertEmail = 'it-owner@example.org'
param location = 'chinanorth3'
param hostingPlan = 'ElasticPremium'
