#!/usr/bin/env bash
# Rebuilds the information database (the Azure Tables) from raw/ in receipt order, for when the tables
# are lost or corrupt (docs/runbooks.md, "Restore the information database"): stops the functions,
# empties and recreates the tables, copies each raw/ file back to incoming/ under its original path,
# in receipt order (metadata receiptsequence, else creation time), and waits until the received-blob
# index lists that very version before the next one, so corrections replace earlier rows as they did the first time; then recomputes from the first year.
# DESTRUCTIVE: asks for the storage account's name first. Needs az logged in with Website Contributor
# on the app (app settings), Storage Blob Data Contributor, Storage Queue Data Contributor and Storage
# Table Data Contributor on the account, and python3 (percent-decoding, the names file).
#
#   infra/rebuild-tables-from-raw.sh <resource-group> [deployment-name=main]
set -euo pipefail

RG=${1:?usage: rebuild-tables-from-raw.sh <resource-group> [deployment-name]}
DEPLOYMENT=${2:-main}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WAIT=${REBUILD_WAIT_SECONDS:-600}

show() { az deployment group show -g "$RG" -n "$DEPLOYMENT" --query "properties.outputs.$1.value" -o tsv; }
APP=$(show functionAppName)
ST=$(show storageAccountName)
auth=(--account-name "$ST" --auth-mode login)
read -r -a TABLES <<<"$(python3 -c 'import json, sys; print(" ".join(json.load(open(sys.argv[1]))["tables"]))' "$ROOT/infra/storage-names.json")"

read -r -p "This empties the tables ${TABLES[*]} of $ST and rebuilds them from raw/. Type $ST to go on: " answer
[ "$answer" = "$ST" ] || { echo "stopped" >&2; exit 1; }

disable() { az functionapp config appsettings set -g "$RG" -n "$APP" --settings "AzureWebJobs.$1.Disabled=true" -o none; }
enable() { az functionapp config appsettings delete -g "$RG" -n "$APP" --setting-names "AzureWebJobs.$1.Disabled" -o none; }

echo "1. stop IngestFile, RecomputeYear and Reconcile (the app restarts without them)"
for f in IngestFile RecomputeYear Reconcile; do disable "$f"; done
sleep 60

echo "2. empty the tables and create them again"
for t in "${TABLES[@]}"; do az storage table delete "${auth[@]}" -n "$t" -o none; done
for t in "${TABLES[@]}"; do
  # Azure refuses the name (TableBeingDeleted) for a while after a delete.
  until az storage table create "${auth[@]}" -n "$t" -o none 2>/dev/null; do sleep 10; done
done

echo "3. every raw/ file back to incoming/, oldest first, one at a time"
enable IngestFile
list=$(mktemp)
# Receipt order: the receiptsequence metadata (UTC ticks of the receipt, written when the file was archived),
# else, for files archived before it existed, the blob's creation time in the same ticks.
az storage blob list "${auth[@]}" -c raw --include m --num-results '*' \
  --query "[].[name, metadata.originalpath, metadata.receiptsequence, properties.creationTime]" -o tsv |
  python3 -c '
import sys
from datetime import datetime, timezone
def ticks(created):
    d = datetime.fromisoformat(created.replace("Z", "+00:00")) - datetime(1, 1, 1, tzinfo=timezone.utc)
    return (d.days * 86400 + d.seconds) * 10_000_000 + d.microseconds * 10
rows = [line.rstrip("\n").split("\t") for line in sys.stdin if line.strip()]
rows.sort(key=lambda r: (int(r[2]) if r[2].isdigit() else ticks(r[3]), r[0]))
for r in rows:
    print(r[0] + "\t" + r[1])
' >"$list"
total=$(wc -l <"$list")
decode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.unquote(sys.argv[1]))' "$1"; }
odata() { printf "%s" "${1//\'/\'\'}"; }
i=0
while IFS=$'\t' read -r name encoded; do
  i=$((i + 1))
  path=$(decode "$encoded")
  echo "   [$i/$total] raw/$name -> incoming/$path"
  az storage blob copy start "${auth[@]}" --destination-container incoming --destination-blob "$path" \
    --source-container raw --source-blob "$name" -o none
  until [ "$(az storage blob show "${auth[@]}" -c incoming -n "$path" --query properties.copy.status -o tsv)" = "success" ]; do sleep 2; done
  etag=$(az storage blob show "${auth[@]}" -c incoming -n "$path" --query properties.etag -o tsv | tr -d '"')
  deadline=$((SECONDS + WAIT))
  until [ "$(az storage entity query "${auth[@]}" -t submissions \
      --filter "PartitionKey eq 'blob' and Path eq '$(odata "$path")'" --select BlobETag \
      --query 'items[0].BlobETag' -o tsv)" = "$etag" ]; do
    if ((SECONDS > deadline)); then
      echo "FAIL: incoming/$path was not taken within ${WAIT}s: see IngestFile's logs and the poison queue; rerun from here" >&2
      exit 1
    fi
    sleep 5
  done
done <"$list"

echo "4. recompute from the first year, and start RecomputeYear and Reconcile again"
first=$(cut -f2 "$list" | while read -r encoded; do decode "$encoded"; done | grep -oE '(^|/)20[0-9]{2}/' | tr -d '/' | sort -n | head -n 1)
enable RecomputeYear
enable Reconcile
if [ -n "$first" ]; then
  az storage message put "${auth[@]}" -q recompute-requests --content "{\"year\":$first}" -o none
  echo "   recompute from $first requested"
fi
rm -f "$list"
echo "OK: $total file(s) taken again"
