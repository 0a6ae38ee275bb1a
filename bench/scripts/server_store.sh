#!/usr/bin/env bash
# sellercrm-server store benchmarks (issue 3):
#   generate_import_s        generate + import (with the segmentation after it) of the demo data
#   generate_import_rss_mb   the larger peak RSS of the two processes (/usr/bin/time -v)
#   import_load_s / import_load_cpu_s   the import's load alone (CSV -> tables -> indexes -> commit),
#             until it prints "imported in", wall and processor time (before the segmentation)
#   segmentation_10m_orders_s     the segmentation job over every seller (SQLite), as of the next day
#   segmentation_10m_orders_pg_s  the same on PostgreSQL (throw-away cluster on loopback)
#   *_cpu_s   the processor time (user + system, /usr/bin/time) of the same runs: on a shared
#             machine the wall times follow the load, these do not (PostgreSQL: the client only,
#             the aggregates run in the database server)
# Full sizes: 100 sellers, 1 000 000 buyers, 10 000 000 orders. SELLERCRM_BENCH_MODE=quick: 20
# sellers, 50 000 buyers, 500 000 orders, and every name gets a `_quick` suffix.
# SELLERCRM_BENCH_SKIP_PG=1 leaves out the PostgreSQL figure.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
server="${SELLERCRM_BIN:?SELLERCRM_BIN must point at a build directory}/server/sellercrm-server"
[ -x "$server" ] || { echo "server_store.sh: $server is not built" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "server_store.sh: /usr/bin/time is missing (apt install time)" >&2; exit 1; }

mode=${SELLERCRM_BENCH_MODE:-full}
if [ "$mode" = quick ]; then
    sellers=20 buyers=50000 orders=500000 suffix=_quick
else
    sellers=100 buyers=1000000 orders=10000000 suffix=
fi
end_date=2026-11-23
next_date=2026-11-24

work=$(mktemp -d "${TMPDIR:-/tmp}/sellercrm-bench-store.XXXXXX")
chmod 755 "$work" # the PostgreSQL cluster runs as another user when started by root
pg_dir="$work/pg"
cleanup() {
    [ -d "$pg_dir" ] && "$root/scripts/postgres-test-cluster" stop "$pg_dir" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
peak_rss_mb() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }
cpu_s() { awk -F': ' '/(User|System) time/ { t += $2 } END { printf "%.2f", t }' "$@"; }

# Processor time (user + system, all threads) of process $1 so far, from /proc/<pid>/stat.
process_cpu_s() {
    local ticks
    ticks=$(awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null) || return 1
    awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t / hz }'
}

start=$(now)
/usr/bin/time -v -o "$work/generate.time" "$server" generate --out "$work/data" --sellers "$sellers" \
    --buyers "$buyers" --orders "$orders" --seed 1 --end-date "$end_date" >&2
generated=$(now)
# The import prints "imported in N ms" when the load has committed, then runs the segmentation;
# the processor time the import process has used at that line is the load's (import_load_cpu_s).
/usr/bin/time -v -o "$work/import.time" "$server" import --db "$work/store.db" --as-of "$end_date" \
    "$work/data" >"$work/import.out" &
import_job=$!
load_cpu=
while kill -0 "$import_job" 2>/dev/null; do
    if [ -z "$load_cpu" ] && grep -q '^imported in' "$work/import.out" 2>/dev/null; then
        pid=$(pgrep -P "$import_job" -n) && load_cpu=$(process_cpu_s "$pid") || load_cpu=
        loaded=$(now)
    fi
    sleep 0.2
done
wait "$import_job"
finish=$(now)
cat "$work/import.out" >&2
echo "BENCH generate_import_s$suffix $(elapsed "$start" "$finish") s"
rss_generate=$(peak_rss_mb "$work/generate.time")
rss_import=$(peak_rss_mb "$work/import.time")
echo "BENCH generate_import_rss_mb$suffix $(( rss_generate > rss_import ? rss_generate : rss_import )) MB"
echo "BENCH generate_import_cpu_s$suffix $(cpu_s "$work/generate.time" "$work/import.time") s"
echo "BENCH generate_cpu_s$suffix $(cpu_s "$work/generate.time") s"
if [ -n "$load_cpu" ]; then
    echo "BENCH import_load_s$suffix $(elapsed "$generated" "$loaded") s"
    echo "BENCH import_load_cpu_s$suffix $load_cpu s"
fi

start=$(now)
/usr/bin/time -v -o "$work/segmentation.time" "$server" segmentation --db "$work/store.db" --as-of "$next_date" >&2
finish=$(now)
echo "BENCH segmentation_10m_orders_s$suffix $(elapsed "$start" "$finish") s"
echo "BENCH segmentation_10m_orders_cpu_s$suffix $(cpu_s "$work/segmentation.time") s"

if [ "${SELLERCRM_BENCH_SKIP_PG:-0}" != 1 ]; then
    url=$("$root/scripts/postgres-test-cluster" start "$pg_dir")
    "$server" import --db "$url" --as-of "$end_date" "$work/data" >&2
    start=$(now)
    /usr/bin/time -v -o "$work/segmentation_pg.time" "$server" segmentation --db "$url" --as-of "$next_date" >&2
    finish=$(now)
    echo "BENCH segmentation_10m_orders_pg_s$suffix $(elapsed "$start" "$finish") s"
    echo "BENCH segmentation_10m_orders_pg_client_cpu_s$suffix $(cpu_s "$work/segmentation_pg.time") s"
fi
