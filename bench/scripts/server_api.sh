#!/usr/bin/env bash
# REST API benchmarks of sellercrm-server (issue 3, docs/PERFORMANCE.md "REST API"):
#   server_buyers_page_rps, server_buyers_page_p99_ms  wrk, 32 keep-alive connections on loopback,
#       GET a 50-row buyers page with a sort and a filter (BUY-1, BUY-2) of the main demo seller
#       of `generate` data loaded by `import`;
#   server_buyers_page_cpu_us  the server's processor time per answered request during that run
#       (user + system from /proc; the figure other processes on the machine inflate least);
#   sync_feed_1m_s  one seller's 1 000 000 buyers through GET /api/v1/sync?limit=50000 (the largest page), page after
#       page with curl, until has_more is false (end to end: the server builds every page, curl
#       receives it, the script reads cursor and has_more);
#   sync_feed_server_cpu_s  the server process's processor time (user + system) at the end of
#       that run, start-up included;
#   sync_feed_transfer_s  the sum of curl's own request times (connect to last byte) over the
#       pages: the rest of sync_feed_1m_s is starting curl and tail once a page.
# SELLERCRM_BENCH_MODE=quick uses small sizes and adds `_quick` to every name.
# Env: SELLERCRM_BIN = a build directory with server/sellercrm-server; SELLERCRM_BENCH_ONLY=buyers
# or sync runs one of the two parts.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
mode=${SELLERCRM_BENCH_MODE:-full}
server="${SELLERCRM_BIN:-$root/build/release}/server/sellercrm-server"
[ -x "$server" ] || { echo "server_api.sh: no $server (build it first)" >&2; exit 1; }
for tool in wrk curl sqlite3; do
    command -v "$tool" >/dev/null || { echo "server_api.sh: $tool is missing (scripts/apt-packages.txt)" >&2; exit 1; }
done

if [ "$mode" = quick ]; then
    suffix=_quick; sellers=7; buyers=5000; orders=30000; sync_buyers=20000; duration=3
else
    suffix=; sellers=7; buyers=100000; orders=600000; sync_buyers=1000000; duration=15
fi
as_of=2026-11-23
work=$(mktemp -d /tmp/sellercrm-bench-api.XXXXXX)
server_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# Starts `serve` on a free loopback port; sets server_pid and port.
start_server() {
    local db=$1
    : > "$work/serve.out"
    "$server" serve --db "$db" --listen 127.0.0.1:0 --as-of "$as_of" >"$work/serve.out" 2>"$work/serve.err" &
    server_pid=$!
    for _ in $(seq 1 300); do
        port=$(sed -n 's/^listening on http:\/\/127\.0\.0\.1:\([0-9]*\)$/\1/p' "$work/serve.out")
        [ -n "$port" ] && return 0
        sleep 0.1
    done
    echo "server_api.sh: serve did not start: $(cat "$work/serve.err")" >&2
    exit 1
}
stop_server() {
    kill "$server_pid" && wait "$server_pid" 2>/dev/null || true
    server_pid=
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

only=${SELLERCRM_BENCH_ONLY:-}

# --- buyers page -------------------------------------------------------------------------------
if [ "$only" != sync ]; then
"$server" generate --out "$work/data" --sellers "$sellers" --buyers "$buyers" --orders "$orders" --seed 7 \
    --end-date "$as_of" >/dev/null
"$server" import --db "$work/buyers.db" --as-of "$as_of" "$work/data" >/dev/null
token=$("$server" token create --db "$work/buyers.db" --seller S0001)
start_server "$work/buyers.db"
url="http://127.0.0.1:$port/api/v1/buyers?segment=regular,new&sort=avg_check_kopecks&order=desc&page=2"
status=$(curl -s -o "$work/page.json" -w '%{http_code}' -H "Authorization: Bearer $token" "$url")
rows=$(grep -o '"subsegment"' "$work/page.json" | wc -l)
[ "$status" = 200 ] && [ "$rows" = 50 ] || { echo "server_api.sh: the buyers page answered $status with $rows rows" >&2; exit 1; }
wrk -t2 -c32 -d2s -H "Authorization: Bearer $token" "$url" >/dev/null # warm-up
# The wall figures mean something only on a quiet machine: the load average goes with them.
echo "server_api.sh: buyers page run at $(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
before=$(cpu_ticks "$server_pid")
wrk -t2 -c32 -d"${duration}s" --latency -H "Authorization: Bearer $token" "$url" >"$work/wrk.txt"
after=$(cpu_ticks "$server_pid")
stop_server
if grep -q 'Non-2xx' "$work/wrk.txt"; then
    echo "server_api.sh: wrk saw errors:" >&2; cat "$work/wrk.txt" >&2; exit 1
fi
rps=$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk.txt")
requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
p99=$(awk '$1 == "99%" {v = $2; if (v ~ /us$/) {sub(/us$/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms$/, "", v)} else if (v ~ /s$/) {sub(/s$/, "", v); v *= 1000}; printf "%.2f", v}' "$work/wrk.txt")
cpu_us=$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN {printf "%.1f", t / hz * 1e6 / n}')
echo "BENCH server_buyers_page_rps$suffix $rps req/s"
echo "BENCH server_buyers_page_p99_ms$suffix $p99 ms"
echo "BENCH server_buyers_page_cpu_us$suffix $cpu_us us"
fi
[ "$only" = buyers ] && exit 0

# --- sync feed ---------------------------------------------------------------------------------
# The store of the API test data (schema, seller S1, token) plus `sync_buyers` buyer rows of S1,
# each with its own row version, written directly with SQL (generate + import of that many buyers
# is what generate_import_s measures).
"$server" import --db "$work/sync.db" --as-of "$as_of" "$root/tests/server_api/data" >/dev/null
token=$("$server" token create --db "$work/sync.db" --seller S1)
# Each new row copies an imported buyer row of S1 (so the statement follows the store's schema)
# with its own buyer id and row version.
columns=$(sqlite3 "$work/sync.db" "SELECT group_concat(name, ',') FROM pragma_table_info('segment_results')")
select=$(echo "$columns" | tr ',' '\n' | awk '{
    if ($0 == "buyer_id") print "printf(\x27X%07d\x27, n.i)";
    else if ($0 == "row_version") print "(SELECT value FROM counters WHERE name = \x27row_version\x27) + n.i";
    else print "t." $0 }' | paste -sd, -)
sqlite3 "$work/sync.db" <<SQL
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $sync_buyers)
INSERT INTO segment_results ($columns)
SELECT $select FROM n, (SELECT * FROM segment_results WHERE seller_id = 'S1' AND segment = 'regular' LIMIT 1) t;
UPDATE counters SET value = value + $sync_buyers WHERE name = 'row_version';
COMMIT;
SQL
expected=$(sqlite3 "$work/sync.db" "SELECT COUNT(*) FROM segment_results WHERE seller_id = 'S1'")
start_server "$work/sync.db"
echo "server_api.sh: sync feed run at $(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
# Per page the loop runs curl and one `tail` (the cursor and has_more end the body); the pages are
# kept and counted after the clock stops, so the figure is the feed's, not grep's over 2 MB pages
# (on a loaded machine each extra process in the loop cost ~0.1 s, more than the page itself).
mkdir -p "$work/feed"
cursor=
pages=0
start=$(date +%s.%N)
while :; do
    pages=$((pages + 1))
    curl -sf -o "$work/feed/$pages.json" -w '%{time_total}\n' -H "Authorization: Bearer $token" \
        "http://127.0.0.1:$port/api/v1/sync?limit=50000&cursor=$cursor" >>"$work/feed.times"
    end_of_page=$(tail -c 160 "$work/feed/$pages.json")
    [[ $end_of_page =~ \"cursor\":\"([0-9]+)\",\"has_more\":(true|false) ]] ||
        { echo "server_api.sh: page $pages has no cursor: $end_of_page" >&2; exit 1; }
    cursor=${BASH_REMATCH[1]}
    [ "${BASH_REMATCH[2]}" = true ] || break
done
end=$(date +%s.%N)
server_cpu_s=$(awk -v t="$(cpu_ticks "$server_pid")" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.2f", t / hz}')
stop_server
# Page by page (a page is one line; concatenated they would be one 400 MB line for grep).
received=$(LC_ALL=C grep -oh '"type":"buyer"' "$work"/feed/*.json | wc -l)
if [ "$received" -lt "$expected" ]; then
    echo "server_api.sh: the feed delivered $received buyers of $expected" >&2
    exit 1
fi
echo "BENCH sync_feed_1m_s$suffix $(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}') s"
echo "BENCH sync_feed_server_cpu_s$suffix $server_cpu_s s"
echo "BENCH sync_feed_transfer_s$suffix $(awk '{t += $1} END {printf "%.2f", t}' "$work/feed.times") s"
echo "server_api.sh: $received buyers in $pages pages" >&2
