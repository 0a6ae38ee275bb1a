#!/usr/bin/env bash
# Renders every page of the app at 1440×900 in English and Russian from the demo store
# (`sellercrm --demo --lang L --grab PAGE FILE`), then one real window under a virtual X server
# (xvfb-run + ImageMagick's `import -window root`).
# Usage: docs/screenshots/grab.sh [BUILD_DIR]     (default: build/release)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${1:-$root/build/release}
app="$bin/app/sellercrm"
export SELLERCRM_SERVER="${SELLERCRM_SERVER:-$bin/server/sellercrm-server}"
for built in "$app" "$SELLERCRM_SERVER"; do
    [ -x "$built" ] || { echo "grab.sh: $built is not built" >&2; exit 1; }
done

pages=(home segments
       segment:top segment:loyal segment:at_risk segment:new segment:sleeping
       segment:interested_products segment:interested_categories
       portrait buyers communications
       wizard:goal wizard:1 wizard:2 wizard:3 wizard:review
       home:loading home:error home:offline home:empty segments:empty
       buyers:error communications:error portrait:error portrait:loading)

failed=0
for lang in en ru; do
    for page in "${pages[@]}"; do
        out="$here/${page//:/_}_$lang.png"
        echo "grab.sh: $page ($lang)"
        QT_QPA_PLATFORM=offscreen "$app" --demo --lang "$lang" --grab "$page" "$out" || {
            echo "grab.sh: $page ($lang) failed" >&2
            failed=1
        }
    done
done

# A real window on a virtual screen of the window's size.
command -v xvfb-run > /dev/null && command -v import > /dev/null || {
    echo "grab.sh: xvfb-run and ImageMagick's import are needed for the window shot (scripts/apt-packages.txt)" >&2
    exit 1
}
xvfb-run -a -s '-screen 0 1440x900x24' bash -c '
    "$1" --demo --lang en --report-painted > "$2.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 600); do grep -q painted "$2.log" && break; sleep 0.5; done
    sleep 2
    import -window root "$2"
    kill $pid
    rm -f "$2.log"' _ "$app" "$here/window_xvfb_en.png"
echo "grab.sh: done"
exit $failed
