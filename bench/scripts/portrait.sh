#!/usr/bin/env bash
# POR-1/POR-2: recompute and repaint of the Buyer portrait after a change of conditions, 1M cached
# buyers (100k with SELLERCRM_BENCH_MODE=quick). SELLERCRM_BENCH_CACHE=FILE keeps the generated
# cache between runs.
set -euo pipefail
bin="${SELLERCRM_BIN:?SELLERCRM_BIN must point at a build directory}/bench/portrait/bench_portrait"
[ -x "$bin" ] || { echo "portrait.sh: $bin is not built" >&2; exit 1; }
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
# One core: the recompute is single-threaded; taskset keeps the figure honest on a busy machine.
if command -v taskset >/dev/null 2>&1; then
    exec taskset -c 0 "$bin"
fi
exec "$bin"
