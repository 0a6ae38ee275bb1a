#!/usr/bin/env bash
# Sync benchmarks (issue 4): first full sync of one seller from the loopback server, the peak
# client RSS, an incremental sync of 1 000 changed buyers, a snapshot export of that cache.
# SELLERCRM_BENCH_MODE=quick uses 20 000 buyers and names the figures with a `_quick` suffix.
# Prints `BENCH <name> <value> <unit>`; SELLERCRM_BIN is the build folder.
set -euo pipefail
bin=${SELLERCRM_BIN:?SELLERCRM_BIN must name the build folder}
server="$bin/server/sellercrm-server"
client="$bin/bench/sync/sellercrm-sync-bench"
mode=${SELLERCRM_BENCH_MODE:-full}
if [ "$mode" = quick ]; then
    buyers=20000; orders=100000; suffix=_quick; size=1m
else
    buyers=${SELLERCRM_BENCH_SYNC_BUYERS:-1500000}; orders=${SELLERCRM_BENCH_SYNC_ORDERS:-4000000}; suffix=""; size=1m
fi
work=$(mktemp -d)
trap 'kill "${server_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
as_of=2026-11-23

"$server" generate --out "$work/data" --sellers 7 --buyers "$buyers" --orders "$orders" --seed 42 \
    --end-date "$as_of" >&2
"$server" import --db "$work/server.sqlite" --as-of "$as_of" "$work/data" >&2
# The seller with the most known buyers.
seller=$(sqlite3 "$work/server.sqlite" \
    "SELECT seller_id FROM segment_results GROUP BY seller_id ORDER BY COUNT(*) DESC LIMIT 1")
known=$(sqlite3 "$work/server.sqlite" "SELECT COUNT(*) FROM segment_results WHERE seller_id = '$seller'")
echo "sync bench: seller $seller with $known known buyers" >&2
"$server" token create --db "$work/server.sqlite" --seller "$seller" > "$work/token"
"$server" serve --db "$work/server.sqlite" --listen 127.0.0.1:0 --as-of "$as_of" > "$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
    grep -q "listening on" "$work/serve.log" && break
    sleep 0.2
done
url=$(grep -o "http://127.0.0.1:[0-9]*" "$work/serve.log" | head -1)
args=(--server "$url" --token-file "$work/token" --cache "$work/cache" --page-size 5000)

# Full first sync: wall time of the process and its peak RSS.
start=$(date +%s.%N)
"$client" --sync "${args[@]}" > "$work/full.out" 2> "$work/full.err"
end=$(date +%s.%N)
cat "$work/full.out" >&2
rss=$(grep -o "peak_rss_mb [0-9]*" "$work/full.err" | cut -d' ' -f2)
echo "BENCH sync_full_${size}_s$suffix $(echo "$end - $start" | bc -l | xargs printf '%.2f') s"
echo "BENCH sync_full_${size}_rss_mb$suffix $rss MB"

# 1 000 changed buyers: the server's change versions of 1 000 of the seller's buyers move on,
# as a segmentation run that re-classifies them does.
sqlite3 "$work/server.sqlite" <<SQL
BEGIN;
UPDATE counters SET value = value + 1 WHERE name = 'row_version';
UPDATE segment_results SET row_version = (SELECT value FROM counters WHERE name = 'row_version')
 WHERE seller_id = '$seller' AND buyer_id IN
   (SELECT buyer_id FROM segment_results WHERE seller_id = '$seller' ORDER BY buyer_id LIMIT 1000);
COMMIT;
SQL
start=$(date +%s.%N)
"$client" --sync "${args[@]}" > "$work/incremental.out" 2>/dev/null
end=$(date +%s.%N)
echo "BENCH sync_incremental_1k_ms$suffix $(echo "($end - $start) * 1000" | bc -l | xargs printf '%.0f') ms"

start=$(date +%s.%N)
"$client" --export-snapshot "$work/snapshot.crm" "${args[@]}" > /dev/null 2>&1
end=$(date +%s.%N)
echo "BENCH snapshot_export_${size}_s$suffix $(echo "$end - $start" | bc -l | xargs printf '%.2f') s"
