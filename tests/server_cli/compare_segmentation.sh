#!/usr/bin/env bash
# Compares the segmentation of two sellercrm-server binaries over the same SQLite store (issue 3:
# a faster job must give exactly the same results).
#   compare_segmentation.sh OLD_SERVER NEW_SERVER STORE AS_OF NEXT_DAY
# 1. DAT-2 `segments` of every seller as of AS_OF and as of NEXT_DAY, from both binaries.
# 2. `segmentation --as-of NEXT_DAY` on two copies of STORE, then the stored results: every
#    segment_results column (row_version included), segmentation_runs (all but computed_at),
#    segment_metrics, saved audience counts, the buyers' tombstones and the version counter.
# Prints the differences and exits 1 when there are any. Needs the sqlite3 command.
set -euo pipefail
[ $# -eq 5 ] || { echo "usage: $0 OLD_SERVER NEW_SERVER STORE AS_OF NEXT_DAY" >&2; exit 2; }
old=$1 new=$2 store=$3 as_of=$4 next_day=$5
work=$(mktemp -d "${TMPDIR:-/tmp}/segmentation-compare.XXXXXX")
trap 'rm -rf "$work"' EXIT
different=0

sellers=$(sqlite3 "$store" "SELECT seller_id FROM sellers ORDER BY seller_id")
for date in "$as_of" "$next_day"; do
    for seller in $sellers; do
        "$old" segments --db "$store" --seller "$seller" --as-of "$date" > "$work/old.csv"
        "$new" segments --db "$store" --seller "$seller" --as-of "$date" > "$work/new.csv"
        if ! cmp -s "$work/old.csv" "$work/new.csv"; then
            echo "segments --seller $seller --as-of $date differ:"
            diff "$work/old.csv" "$work/new.csv" | head -20
            different=1
        fi
    done
done

dump() {
    sqlite3 "$1" <<'SQL'
SELECT 'row', * FROM segment_results ORDER BY seller_id, buyer_id;
SELECT 'run', seller_id, as_of, avg_check_high_kopecks, avg_check_low_kopecks, orders_high, regular_buyers,
       key_segment, regular_min, new_min, data_json, row_version FROM segmentation_runs ORDER BY seller_id;
SELECT 'metric', * FROM segment_metrics ORDER BY seller_id, segment, subsegment;
SELECT 'audience', audience_id, own_buyers, potential_buyers, row_version FROM saved_audiences ORDER BY audience_id;
SELECT 'tombstone', seller_id, entity_type, entity_id FROM tombstones ORDER BY seller_id, entity_type, entity_id;
SELECT 'tombstone versions', COUNT(*), MIN(row_version), MAX(row_version), SUM(row_version) FROM tombstones;
SELECT 'seller', seller_id, row_version FROM sellers ORDER BY seller_id;
SELECT 'counter', * FROM counters ORDER BY name;
SQL
}
for side in old new; do
    for suffix in "" -wal -shm; do
        [ -e "$store$suffix" ] && cp --reflink=auto "$store$suffix" "$work/$side.db$suffix"
    done
done
"$old" segmentation --db "$work/old.db" --as-of "$next_day" > "$work/old.out"
"$new" segmentation --db "$work/new.db" --as-of "$next_day" > "$work/new.out"
sed 's/ in [0-9]* ms$//' "$work/old.out"
sed 's/ in [0-9]* ms$//' "$work/new.out"
dump "$work/old.db" > "$work/old.dump"
dump "$work/new.db" > "$work/new.dump"
if ! cmp -s "$work/old.dump" "$work/new.dump"; then
    echo "stored results after segmentation --as-of $next_day differ:"
    diff "$work/old.dump" "$work/new.dump" | head -40
    different=1
fi
[ "$different" = 0 ] && echo "same results: segments of $(echo "$sellers" | wc -w) sellers on $as_of and $next_day, stored tables after $next_day"
exit "$different"
