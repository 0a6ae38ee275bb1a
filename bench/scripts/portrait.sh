#!/usr/bin/env bash
# POR-1/POR-2: recompute and repaint of the Buyer portrait after a change of conditions, 1M cached
# buyers (100k with SELLERCRM_BENCH_MODE=quick). SELLERCRM_BENCH_CACHE=FILE keeps the generated
# cache between runs. Not pinned to a core: the aggregation splits the buyers over every core
# (QtConcurrent); the benchmark prints processor time beside wall time for a busy machine.
set -euo pipefail
bin="${SELLERCRM_BIN:?SELLERCRM_BIN must point at a build directory}/bench/portrait/bench_portrait"
[ -x "$bin" ] || { echo "portrait.sh: $bin is not built" >&2; exit 1; }
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
exec "$bin"
