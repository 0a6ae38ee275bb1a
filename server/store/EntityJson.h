#pragma once

#include "store/StoreResult.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringView>
#include <QVariant>

namespace sellercrm::server {

// The `data` objects of the feed's entity types (docs/api/SYNC.md), built from store rows.
// The REST resources use the same shapes, so the HTTP layer calls these too.
namespace entity_json {

// Column lists to SELECT for each builder (in this order; the record builders read by name,
// writeBuyer() and writeBuyerAction() by position).
QString sellerColumns();
QString buyerColumns();
QString communicationColumns();

// Appends compact JSON (UTF-8) to a byte buffer: the fast path for the entity kinds that come
// in thousands (buyers, buyer actions), written straight from a query's positional values with
// no QJsonObject in between. The caller writes the keys in the order QJsonDocument would
// (sorted), so the bytes equal those of the QJsonObject builders.
class JsonWriter final
{
public:
    explicit JsonWriter(QByteArray& out)
        : m_out(out)
    {}

    void raw(QByteArrayView bytes) { m_out.append(bytes); }
    // `"name":` after a comma unless it is the object's first member (`first` is then cleared).
    void key(QByteArrayView name, bool& first);
    void string(QStringView text);
    void string(QByteArrayView utf8);
    void number(qint64 value);
    void null() { m_out.append("null"); }
    // A text column: its string, or null when NULL or empty.
    void textOrNull(const QVariant& value);
    // A JSON array stored as text (written by the store itself): copied verbatim, or null when
    // the column is NULL or does not hold an array.
    void storedArray(const QVariant& value);

private:
    void escapedUtf8(QByteArrayView utf8);

    QByteArray& m_out;
};

// The buyer's `data` object from a row whose columns are buyerColumns(), in that order; with
// `id` (the REST resource) or without (the feed's data).
void writeBuyer(JsonWriter& json, const QSqlQuery& row, bool withId);
// The same from any row reader with `text(json, column)`, `textOrNull(json, column)`,
// `storedArray(json, column)` (writing the value as JsonWriter's same-named members do) and
// `integer(column)`: writeBuyer() reads a QSqlQuery, the REST page on SQLite its C API.
template <typename Row>
void writeBuyerFields(JsonWriter& json, const Row& row, bool withId);
// The buyer action's `data` object from a row whose first four columns are buyer_id,
// product_id, type, date.
void writeBuyerAction(JsonWriter& json, const QSqlQuery& row);
// Column positions of buyerColumns().
inline constexpr int buyerIdColumn = 0;
inline constexpr int buyerRowVersionColumn = 14;

template <typename Row>
void writeBuyerFields(JsonWriter& json, const Row& row, bool withId)
{
    // Keys in QJsonObject order (sorted), so the bytes equal those of buyer() + withId.
    bool first = true;
    const auto text = [&](const char* name, int column) {
        json.key(name, first);
        row.text(json, column);
    };
    const auto number = [&](const char* name, int column) {
        json.key(name, first);
        json.number(row.integer(column));
    };
    json.raw("{");
    text("age_band", 8);
    number("avg_check_kopecks", 4);
    text("chat", 13);
    text("gender", 7);
    if (withId)
        text("id", buyerIdColumn);
    json.key("interests", first);
    row.storedArray(json, 10);
    json.key("last_communication", first);
    row.textOrNull(json, 12);
    json.key("last_order", first);
    row.textOrNull(json, 6);
    number("orders_90d", 3);
    json.key("recommended_products", first);
    row.storedArray(json, 11);
    text("region", 9);
    number("revenue_kopecks", 5);
    text("segment", 1);
    text("subsegment", 2);
    json.raw("}");
}

StoreResult<QJsonObject> seller(QSqlDatabase& db, const QSqlRecord& row, QDate asOf);
QJsonObject buyer(const QSqlRecord& row);
QJsonObject category(const QSqlRecord& row);
QJsonObject product(const QSqlRecord& row);
QJsonObject collection(const QSqlRecord& row);
QJsonObject promotion(const QSqlRecord& row);
// With its metrics series (communication_metrics) read from `db`.
StoreResult<QJsonObject> communication(QSqlDatabase& db, const QSqlRecord& row);

// Monthly mailing quota of a plan (STA-1) and what is left in asOf's month: recipients of the
// seller's mailings sent or to be sent that month (not rejected or cancelled) are used up.
int monthlyQuota(const QString& plan);
StoreResult<int> quotaLeft(QSqlDatabase& db, const QString& sellerId, const QString& plan, QDate asOf);

} // namespace entity_json

} // namespace sellercrm::server
