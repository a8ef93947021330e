// Global Azure (AzureCloud), Flex Consumption. Deploy:
//   az cloud set --name AzureCloud && az login
//   az group create -n rg-cj-prod -l eastasia
//   az deployment group create -g rg-cj-prod -f infra/main.bicep -p infra/params/global.bicepparam
// The region must offer Flex Consumption: az functionapp list-flexconsumption-locations -o table
using '../main.bicep'

param namePrefix = 'cj'
param environmentName = 'prod'
// The IT owner, who receives every monitoring alert: replace before deploying.
param alertEmail = 'it-owner@example.org'
param hostingPlan = 'FlexConsumption'
