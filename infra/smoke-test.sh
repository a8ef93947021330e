#!/usr/bin/env bash
# Smoke test of a fresh deployment (docs/azure.md, "First deployment checks"). Needs az CLI logged in
# with Storage Blob Data Contributor, Storage Queue Data Contributor and Storage Table Data Reader on
# the account (the template grants people nothing). Read-only apart from the sample it uploads.
#
#   infra/smoke-test.sh <resource-group> [deployment-name=main]
#
# 1. uploads a sample under a name with '#', '?', '%', a space and Chinese characters;
# 2. peeks ingest-requests right away, to show the encoding Event Grid wrote (plain JSON or Base64);
# 3. waits for the received-blob index (table submissions, PartitionKey 'blob') to list the file;
# 4. puts a plain-text {"path":…} message (az writes plain text) and waits for it to be consumed;
# 5. fails when a *-poison queue holds messages.
set -euo pipefail

RG=${1:?usage: smoke-test.sh <resource-group> [deployment-name]}
DEPLOYMENT=${2:-main}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SAMPLE="$ROOT/samples/incoming/2024/县级指标数据-2024.csv"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
BLOB="2024/smoke ${STAMP} #1?v=50% 县级指标数据-2024.csv"
WAIT=${SMOKE_WAIT_SECONDS:-300}

ST=$(az deployment group show -g "$RG" -n "$DEPLOYMENT" --query properties.outputs.storageAccountName.value -o tsv)
echo "storage account: $ST"
auth=(--account-name "$ST" --auth-mode login)

echo "1. upload incoming/$BLOB"
az storage blob upload "${auth[@]}" -c incoming -n "$BLOB" -f "$SAMPLE" --overwrite -o none

echo "2. peek ingest-requests (may already be empty if the function was quick)"
az storage message peek "${auth[@]}" -q ingest-requests --num-messages 5 --query '[].content' -o tsv |
  while read -r content; do
    case "$content" in
      \{*|\[*) echo "   plain JSON: ${content:0:120}…" ;;
      *) echo "   Base64: $(printf '%s' "$content" | base64 -d 2>/dev/null | head -c 120)…" ;;
    esac
  done

indexed() {
  az storage entity query "${auth[@]}" -t submissions --filter "PartitionKey eq 'blob'" \
    --select Path --num-results 1000 --query 'items[].Path' -o tsv | grep -Fxq "$1"
}

echo "3. wait up to ${WAIT}s for the received-blob index to list it"
deadline=$((SECONDS + WAIT))
until indexed "$BLOB"; do
  if ((SECONDS > deadline)); then
    echo "FAIL: $BLOB was not ingested. Check the IngestFile logs, the Event Grid subscription's delivery metrics and the poison queue." >&2
    exit 1
  fi
  sleep 10
done
echo "   ingested: $BLOB"

echo "4. a plain-text {\"path\":…} message (what az writes) must be consumed"
az storage message put "${auth[@]}" -q ingest-requests --content "{\"path\":\"$BLOB\"}" -o none
deadline=$((SECONDS + WAIT))
while [ "$(az storage message peek "${auth[@]}" -q ingest-requests --num-messages 32 --query 'length(@)' -o tsv)" != "0" ]; do
  if ((SECONDS > deadline)); then
    echo "FAIL: ingest-requests is not drained. Is host.json messageEncoding 'none' in the deployed package?" >&2
    exit 1
  fi
  sleep 10
done

echo "5. poison queues"
status=0
for q in ingest-requests-poison recompute-requests-poison; do
  depth=$(az storage message peek "${auth[@]}" -q "$q" --num-messages 32 --query 'length(@)' -o tsv 2>/dev/null || echo 0)
  echo "   $q: ${depth:-0}"
  if [ "${depth:-0}" != "0" ]; then status=1; fi
done
if [ $status -ne 0 ]; then
  echo "FAIL: messages in a poison queue (docs/runbooks.md, 'Poison messages')." >&2
  exit 1
fi
echo "OK"
