#!/usr/bin/env bash
# Publishes functions/Changji.Functions and puts it on the function app of a deployment of main.bicep
# (docs/deployment.md). Flex Consumption: zip deploy. Elastic Premium: the app runs its package from
# app-package/functions.zip (WEBSITE_RUN_FROM_PACKAGE), so upload it there and restart. Needs az logged
# in, the .NET SDK and zip; on Elastic Premium also Storage Blob Data Contributor on the account.
#
#   infra/deploy-app.sh <resource-group> [deployment-name=main]
set -euo pipefail

RG=${1:?usage: deploy-app.sh <resource-group> [deployment-name]}
DEPLOYMENT=${2:-main}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/out"

show() { az deployment group show -g "$RG" -n "$DEPLOYMENT" --query "properties.$1.value" -o tsv; }
APP=$(show outputs.functionAppName)
ST=$(show outputs.storageAccountName)
PLAN=$(show parameters.hostingPlan)
PLAN=${PLAN:-FlexConsumption}
echo "function app: $APP ($PLAN)"

rm -rf "$OUT/functions" "$OUT/functions.zip"
dotnet publish "$ROOT/functions/Changji.Functions" -c Release -o "$OUT/functions"
(cd "$OUT/functions" && zip -qr ../functions.zip .)

if [ "$PLAN" = "ElasticPremium" ]; then
  az storage blob upload --auth-mode login --account-name "$ST" -c app-package -n functions.zip \
    -f "$OUT/functions.zip" --overwrite -o none
  az functionapp restart -g "$RG" -n "$APP"
else
  az functionapp deploy -g "$RG" -n "$APP" --src-path "$OUT/functions.zip" --type zip
fi
echo "deployed $OUT/functions.zip to $APP"
