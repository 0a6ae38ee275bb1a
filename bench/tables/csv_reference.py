#!/usr/bin/env python3
"""The Buyers CSV export of bench_tables, written independently of the application.

Reads the bench cache with Python's sqlite3 and writes the file the export must write for the
Buyers page in its first state (every buyer with an order, revenue descending, every column,
English texts): UTF-8 with a BOM, RFC 4180 quoting, CRLF line ends. Compare it byte for byte
with the file of `SELLERCRM_BENCH_ONLY=csv_export SELLERCRM_BENCH_CSV_OUT=<file> bench_tables`:

    bench/tables/csv_reference.py <cache.sqlite> <reference.csv> && cmp <reference.csv> <file>
"""
import json
import sqlite3
import sys

SUB_SEGMENTS = {
    "top": "Top", "loyal": "Loyal", "at_risk": "At risk", "new": "New", "sleeping": "Sleeping",
    "interested_products": "Interested in your products",
    "interested_categories": "Interested in your categories",
}
CHAT_STATES = {"available", "blocked_by_buyer", "first_order_not_delivered", "seller_not_verified",
               "antifraud_blocked"}
GENDERS = {"f": "Female", "m": "Male"}
HEADER = ["Buyer", "Segment", "Orders in 90 days", "Average check", "Revenue", "Last order", "Gender", "Age",
          "Region", "Interests", "Recommended products", "Last communication", "Chat"]
ROWS = """SELECT id, subsegment, orders_90d, avg_check_kopecks, revenue_kopecks, last_order, gender, age_band,
                 region, interests, recommended_products, last_communication, chat
          FROM buyers WHERE last_order IS NOT NULL ORDER BY revenue_kopecks DESC, id DESC"""


def quoted(field):
    if any(c in field for c in ',"\n\r'):
        return '"' + field.replace('"', '""') + '"'
    return field


def text(value):
    return "" if value is None else str(value)


def roubles(kopecks):
    kopecks = kopecks or 0
    sign = "-" if kopecks < 0 else ""
    return f"{sign}{abs(kopecks) // 100}.{abs(kopecks) % 100:02d}"


def names(json_ids, table):
    return "" if json_ids is None else ", ".join(table.get(i, i) for i in json.loads(json_ids))


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: csv_reference.py <bench cache .sqlite> <output .csv>")
    db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
    categories = dict(db.execute("SELECT id, name FROM categories"))
    products = dict(db.execute("SELECT id, name FROM products"))
    with open(sys.argv[2], "wb") as out:
        out.write(b"\xef\xbb\xbf" + ",".join(map(quoted, HEADER)).encode() + b"\r\n")
        lines = []
        for (buyer, sub, orders, avg_check, revenue, last_order, gender, age_band, region, interests,
             recommended, last_communication, chat) in db.execute(ROWS):
            fields = [buyer, SUB_SEGMENTS.get(sub, text(sub)), text(orders), roubles(avg_check), roubles(revenue),
                      text(last_order), GENDERS.get(gender, "Not specified"), age_band or "Not specified",
                      text(region), names(interests, categories), names(recommended, products),
                      text(last_communication), chat if chat in CHAT_STATES else ""]
            lines.append(",".join(map(quoted, fields)) + "\r\n")
            if len(lines) == 10000:
                out.write("".join(lines).encode())
                lines.clear()
        out.write("".join(lines).encode())


if __name__ == "__main__":
    main()
