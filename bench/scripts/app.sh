#!/usr/bin/env bash
# The app (issue 5): cold start to the painted Home page, the slowest page switch and idle memory
# with a cached seller of 1 000 000 buyers (50 000 with SELLERCRM_BENCH_MODE=quick). The
# generated cache is kept in the build folder (or at SELLERCRM_BENCH_CACHE).
# app_page_switch_ms switches pages after 2 s on Home (the app reads the portrait's snapshot in
# the background then); app_page_switch_cold_ms switches right away in a window without that
# warm-up. Wall times want a quiet machine; the *_cpu_ms lines are processor time.
set -euo pipefail
bin="${SELLERCRM_BIN:?SELLERCRM_BIN must point at a build directory}/bench/app/bench_app"
[ -x "$bin" ] || { echo "app.sh: $bin is not built" >&2; exit 1; }
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export SELLERCRM_APP="${SELLERCRM_APP:-$SELLERCRM_BIN/app/sellercrm}"
exec "$bin"
