#!/usr/bin/env bash
# SEG-3/SEG-4: thresholds + classification of 1M buyers' facts (100k with SELLERCRM_BENCH_MODE=quick).
set -euo pipefail
bin="${SELLERCRM_BIN:?SELLERCRM_BIN must point at a build directory}/bench/domain/bench_segmentation"
[ -x "$bin" ] || { echo "segmentation.sh: $bin is not built" >&2; exit 1; }
# One core: the target is single-threaded work; taskset keeps the figure honest on a busy machine.
if command -v taskset >/dev/null 2>&1; then
    exec taskset -c 0 "$bin"
fi
exec "$bin"
