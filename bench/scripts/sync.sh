#!/usr/bin/env bash
# Sync benchmarks (issue 4): first full sync of one seller from the loopback server, the peak
# client RSS, an incremental sync of 1 000 changed buyers, a snapshot export of that cache.
# SELLERCRM_BENCH_MODE=quick uses 20 000 buyers and names the figures with a `_quick` suffix.
# Prints `BENCH <name> <value> <unit>`; SELLERCRM_BIN is the build folder. The client is
# sellercrm-sync-bench: the app's headless commands without the widget libraries, reporting its
# session timings, processor time and peak RSS.
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
# SELLERCRM_BENCH_SYNC_WORK names a folder to keep the generated and imported data in, so a re-run
# (e.g. after a server change) skips the generate + import; by default a temporary folder.
if [ -n "${SELLERCRM_BENCH_SYNC_WORK:-}" ]; then
    work=$SELLERCRM_BENCH_SYNC_WORK
    mkdir -p "$work"
    trap 'kill "${server_pid:-0}" 2>/dev/null || true' EXIT
else
    work=$(mktemp -d)
    trap 'kill "${server_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
fi
rm -rf "$work/cache" "$work/snapshot.crm"
as_of=2026-11-23

if [ ! -s "$work/server.sqlite" ]; then
    "$server" generate --out "$work/data" --sellers 7 --buyers "$buyers" --orders "$orders" --seed 42 \
        --end-date "$as_of" >&2
    "$server" import --db "$work/server.sqlite" --as-of "$as_of" "$work/data" >&2
fi
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

# A process's processor time (user + system) in ms, from /proc/<pid>/stat.
cpu_ms() {
    awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$1/stat"
}
# One line of the client's `key value` report on stderr.
report() { grep -o "^$2 [0-9]*" "$1" | cut -d' ' -f2; }
seconds() { echo "$1 / 1000" | bc -l | xargs printf '%.2f'; }

# Full first sync: wall time of the client process, its peak RSS and processor time, and what the
# server spent meanwhile (each side's share: the client's own processing is parse + write + the
# index build; the rest of the session is waiting for the server's pages).
echo "sync bench: $(uptime)" >&2
server_cpu_before=$(cpu_ms "$server_pid")
start=$(date +%s.%N)
"$client" --sync "${args[@]}" > "$work/full.out" 2> "$work/full.err"
end=$(date +%s.%N)
server_cpu_after=$(cpu_ms "$server_pid")
cat "$work/full.out" "$work/full.err" >&2
echo "BENCH sync_full_${size}_s$suffix $(echo "$end - $start" | bc -l | xargs printf '%.2f') s"
echo "BENCH sync_full_${size}_rss_mb$suffix $(report "$work/full.err" peak_rss_mb) MB"
echo "BENCH sync_full_${size}_changes$suffix $(report "$work/full.err" changes) changes"
echo "BENCH sync_full_${size}_client_cpu_s$suffix $(seconds "$(report "$work/full.err" cpu_ms)") s"
echo "BENCH sync_full_${size}_client_processing_s$suffix $(seconds "$(report "$work/full.err" processing_ms)") s"
echo "BENCH sync_full_${size}_client_index_s$suffix $(seconds "$(report "$work/full.err" indexing_ms)") s"
echo "BENCH sync_full_${size}_client_index_cpu_s$suffix $(seconds "$(report "$work/full.err" indexing_cpu_ms)") s"
echo "BENCH sync_full_${size}_server_cpu_s$suffix $(seconds $((server_cpu_after - server_cpu_before))) s"
echo "BENCH sync_full_${size}_server_rss_mb$suffix $(( $(grep VmHWM "/proc/$server_pid/status" | awk '{print $2}') / 1024 )) MB"

# 1 000 changed buyers: 1 000 of the seller's buyers bought again (orders, revenue and last order
# change, so three of the buyers indexes), with new change versions as a segmentation run gives them.
sqlite3 "$work/server.sqlite" <<SQL
BEGIN;
UPDATE counters SET value = value + 1 WHERE name = 'row_version';
UPDATE segment_results SET row_version = (SELECT value FROM counters WHERE name = 'row_version'),
       orders_90d = orders_90d + 1, revenue_kopecks = revenue_kopecks + avg_check_kopecks, last_order = '$as_of'
 WHERE seller_id = '$seller' AND buyer_id IN
   (SELECT buyer_id FROM segment_results WHERE seller_id = '$seller' ORDER BY buyer_id LIMIT 1000);
COMMIT;
SQL
# The sync itself: from the start of the session to its commit (SyncReport::elapsedMs); the
# process around it (start, cache open, exit) is reported apart.
start=$(date +%s.%N)
"$client" --sync "${args[@]}" > "$work/incremental.out" 2> "$work/incremental.err"
end=$(date +%s.%N)
cat "$work/incremental.out" >&2
session_ms=$(report "$work/incremental.err" session_ms)
process_ms=$(echo "($end - $start) * 1000" | bc -l | xargs printf '%.0f')
echo "BENCH sync_incremental_1k_ms$suffix $session_ms ms"
echo "BENCH sync_incremental_1k_changes$suffix $(report "$work/incremental.err" changes) changes"
echo "BENCH sync_incremental_1k_process_ms$suffix $process_ms ms"
echo "BENCH sync_incremental_1k_cpu_ms$suffix $(report "$work/incremental.err" cpu_ms) ms"
echo "BENCH sync_process_overhead_ms$suffix $((process_ms - session_ms)) ms"

# The documented command of the app itself (when the app is built): a sync with nothing new.
app="$bin/app/sellercrm"
if [ -x "$app" ]; then
    start=$(date +%s.%N)
    "$app" --sync "${args[@]}" > "$work/app.out"
    end=$(date +%s.%N)
    grep -Eq "^synced [0-9]+ buyers, [0-9]+ communications in [0-9.]+ s$" "$work/app.out" \
        || { echo "sync bench: unexpected output of sellercrm --sync: $(cat "$work/app.out")" >&2; exit 1; }
    echo "BENCH sync_app_command_noop_ms$suffix $(echo "($end - $start) * 1000" | bc -l | xargs printf '%.0f') ms"
fi

"$client" --export-snapshot "$work/snapshot.crm" "${args[@]}" > /dev/null 2> "$work/export.err"
echo "BENCH snapshot_export_${size}_s$suffix $(seconds "$(report "$work/export.err" export_ms)") s"
echo "BENCH snapshot_export_${size}_cpu_ms$suffix $(report "$work/export.err" cpu_ms) ms"
