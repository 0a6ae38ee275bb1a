#!/usr/bin/env bash
# Buyers page (issue 7): open, sort, filter, next page, memory and CSV export over 1M+ cached
# buyers (20k with SELLERCRM_BENCH_MODE=quick). The generated cache is kept in the build folder
# (or in SELLERCRM_BENCH_CACHE_DIR). SELLERCRM_BENCH_ONLY=csv_export runs only the export
# (csv_export_1m_s, csv_export_1m_cpu_s); SELLERCRM_BENCH_CSV_OUT=<file> keeps the exported file.
set -euo pipefail
bin="${SELLERCRM_BIN:?SELLERCRM_BIN must point at a build directory}/bench/tables/bench_tables"
[ -x "$bin" ] || { echo "tables.sh: $bin is not built" >&2; exit 1; }
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
exec "$bin"
