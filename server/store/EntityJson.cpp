#include "store/EntityJson.h"

#include "store/ServerStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace sellercrm::server::entity_json {

namespace {

QJsonValue textOrNull(const QVariant& value)
{
    const QString text = value.toString();
    return value.isNull() || text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue parsedJson(const QVariant& value)
{
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
    if (document.isArray())
        return document.array();
    if (document.isObject())
        return document.object();
    return QJsonValue(QJsonValue::Null);
}

} // namespace

void JsonWriter::key(QByteArrayView name, bool& first)
{
    if (!first)
        m_out.append(',');
    first = false;
    m_out.append('"');
    m_out.append(name);
    m_out.append("\":");
}

void JsonWriter::string(QStringView text)
{
    m_out.append('"');
    qsizetype ascii = 0;
    const qsizetype size = text.size();
    for (; ascii < size; ++ascii) {
        const char16_t unit = text[ascii].unicode();
        if (unit < 0x20 || unit >= 0x80 || unit == u'"' || unit == u'\\')
            break;
    }
    // Plain ASCII (the usual case: ids, codes, dates) goes in one block.
    const qsizetype start = m_out.size();
    m_out.resize(start + ascii);
    char* block = m_out.data() + start;
    for (qsizetype i = 0; i < ascii; ++i)
        block[i] = static_cast<char>(text[i].unicode());
    if (ascii < size)
        escapedUtf8(text.mid(ascii).toUtf8());
    m_out.append('"');
}

void JsonWriter::string(QByteArrayView utf8)
{
    m_out.append('"');
    escapedUtf8(utf8);
    m_out.append('"');
}

void JsonWriter::escapedUtf8(QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    // Bytes that need no escape are appended in runs, not one by one.
    const char* run = utf8.data();
    const char* const end = run + utf8.size();
    for (const char* at = run; at != end; ++at) {
        const auto byte = static_cast<unsigned char>(*at);
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue;
        m_out.append(run, at - run);
        run = at + 1;
        switch (byte) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\b':
            m_out.append("\\b");
            break;
        case '\f':
            m_out.append("\\f");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xf]};
            m_out.append(escape, sizeof escape);
        }
        }
    }
    m_out.append(run, end - run);
}

void JsonWriter::number(qint64 value)
{
    char digits[24];
    char* end = digits + sizeof digits;
    char* begin = end;
    const bool negative = value < 0;
    // Unsigned arithmetic: -INT64_MIN does not fit in qint64.
    quint64 magnitude = negative ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
    do {
        *--begin = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (negative)
        *--begin = '-';
    m_out.append(begin, end - begin);
}

void JsonWriter::textOrNull(const QVariant& value)
{
    if (value.isNull() || value.typeId() != QMetaType::QString) {
        const QString text = value.toString();
        if (value.isNull() || text.isEmpty())
            null();
        else
            string(text);
        return;
    }
    const QString& text = *static_cast<const QString*>(value.constData());
    if (text.isEmpty())
        null();
    else
        string(text);
}

void JsonWriter::storedArray(const QVariant& value)
{
    const QString text = value.toString();
    const QStringView trimmed = QStringView(text).trimmed();
    if (value.isNull() || !trimmed.startsWith(u'[') || !trimmed.endsWith(u']')) {
        null();
        return;
    }
    m_out.append(trimmed.toUtf8());
}

void writeBuyer(JsonWriter& json, const QSqlQuery& row, bool withId)
{
    // The QtSql row reader: every value through QSqlQuery::value().
    struct QtSqlRow final
    {
        const QSqlQuery& query;
        void text(JsonWriter& out, int column) const { out.string(query.value(column).toString()); }
        void textOrNull(JsonWriter& out, int column) const { out.textOrNull(query.value(column)); }
        void storedArray(JsonWriter& out, int column) const { out.storedArray(query.value(column)); }
        qint64 integer(int column) const { return query.value(column).toLongLong(); }
    };
    writeBuyerFields(json, QtSqlRow{row}, withId);
}

void writeBuyerAction(JsonWriter& json, const QSqlQuery& row)
{
    bool first = true;
    json.raw("{");
    for (const auto& [name, column] : {std::pair{"buyer_id", 0}, {"date", 3}, {"product_id", 1}, {"type", 2}}) {
        json.key(name, first);
        json.string(row.value(column).toString());
    }
    json.raw("}");
}

QString sellerColumns()
{
    return QStringLiteral(
        "seller_id, name, plan, subscription_end, verified, antifraud_blocked, row_version");
}

QString buyerColumns()
{
    return QStringLiteral(
        "buyer_id, segment, subsegment, orders_90d, avg_check_kopecks, revenue_kopecks, last_order,"
        " gender, age_band, region, interests, recommended_products, last_communication, chat,"
        " row_version");
}

QString communicationColumns()
{
    return QStringLiteral(
        "communication_id, seller_id, name, format, audience_json, offer_json, content_json, status,"
        " reject_reason, send_date, end_date, recipients, daily_budget_kopecks, cost_kopecks,"
        " delivered, opened, clicks, created_at, updated_at, idempotency_key, row_version");
}

int monthlyQuota(const QString& plan)
{
    return plan == QStringLiteral("premium_plus") ? 25000 : 0;
}

StoreResult<int> quotaLeft(QSqlDatabase& db, const QString& sellerId, const QString& plan, QDate asOf)
{
    const QDate monthStart(asOf.year(), asOf.month(), 1);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT COALESCE(SUM(recipients), 0) FROM communications WHERE seller_id = ?"
                                 " AND format = 'mailing' AND status NOT IN ('rejected', 'cancelled')"
                                 " AND send_date >= ? AND send_date < ?"));
    query.addBindValue(sellerId);
    query.addBindValue(monthStart.toString(Qt::ISODate));
    query.addBindValue(monthStart.addMonths(1).toString(Qt::ISODate));
    if (!query.exec() || !query.next())
        return StoreResult<int>::failure(sqlError(query, QStringLiteral("reading the quota used")));
    return std::max(0, monthlyQuota(plan) - query.value(0).toInt());
}

StoreResult<QJsonObject> seller(QSqlDatabase& db, const QSqlRecord& row, QDate asOf)
{
    const QString plan = row.value(QStringLiteral("plan")).toString();
    const StoreResult<int> left =
        quotaLeft(db, row.value(QStringLiteral("seller_id")).toString(), plan, asOf);
    if (!left)
        return StoreResult<QJsonObject>::failure(left.error());
    const QDate monthStart(asOf.year(), asOf.month(), 1);
    return QJsonObject{
        {QStringLiteral("name"), row.value(QStringLiteral("name")).toString()},
        {QStringLiteral("plan"), plan},
        {QStringLiteral("subscription_end"), textOrNull(row.value(QStringLiteral("subscription_end")))},
        {QStringLiteral("verified"), row.value(QStringLiteral("verified")).toInt() != 0},
        {QStringLiteral("antifraud_blocked"), row.value(QStringLiteral("antifraud_blocked")).toInt() != 0},
        {QStringLiteral("quota_monthly"), monthlyQuota(plan)},
        {QStringLiteral("quota_left"), left.value()},
        {QStringLiteral("quota_renews_on"), monthStart.addMonths(1).toString(Qt::ISODate)},
        {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
    };
}

QJsonObject buyer(const QSqlRecord& row)
{
    return QJsonObject{
        {QStringLiteral("segment"), row.value(QStringLiteral("segment")).toString()},
        {QStringLiteral("subsegment"), row.value(QStringLiteral("subsegment")).toString()},
        {QStringLiteral("orders_90d"), row.value(QStringLiteral("orders_90d")).toInt()},
        {QStringLiteral("avg_check_kopecks"), row.value(QStringLiteral("avg_check_kopecks")).toLongLong()},
        {QStringLiteral("revenue_kopecks"), row.value(QStringLiteral("revenue_kopecks")).toLongLong()},
        {QStringLiteral("last_order"), textOrNull(row.value(QStringLiteral("last_order")))},
        {QStringLiteral("gender"), row.value(QStringLiteral("gender")).toString()},
        {QStringLiteral("age_band"), row.value(QStringLiteral("age_band")).toString()},
        {QStringLiteral("region"), row.value(QStringLiteral("region")).toString()},
        {QStringLiteral("interests"), parsedJson(row.value(QStringLiteral("interests")))},
        {QStringLiteral("recommended_products"),
         parsedJson(row.value(QStringLiteral("recommended_products")))},
        {QStringLiteral("last_communication"), textOrNull(row.value(QStringLiteral("last_communication")))},
        {QStringLiteral("chat"), row.value(QStringLiteral("chat")).toString()},
    };
}

QJsonObject category(const QSqlRecord& row)
{
    return QJsonObject{
        {QStringLiteral("name"), row.value(QStringLiteral("name")).toString()},
        {QStringLiteral("parent_id"), textOrNull(row.value(QStringLiteral("parent_id")))},
    };
}

QJsonObject product(const QSqlRecord& row)
{
    return QJsonObject{
        {QStringLiteral("sku"), row.value(QStringLiteral("sku")).toString()},
        {QStringLiteral("name"), row.value(QStringLiteral("name")).toString()},
        {QStringLiteral("category_id"), row.value(QStringLiteral("category_id")).toString()},
        {QStringLiteral("price_kopecks"), row.value(QStringLiteral("price_kopecks")).toLongLong()},
    };
}

QJsonObject collection(const QSqlRecord& row)
{
    return QJsonObject{{QStringLiteral("name"), row.value(QStringLiteral("name")).toString()}};
}

QJsonObject promotion(const QSqlRecord& row)
{
    return QJsonObject{
        {QStringLiteral("name"), row.value(QStringLiteral("name")).toString()},
        {QStringLiteral("mechanic"), row.value(QStringLiteral("mechanic")).toString()},
        {QStringLiteral("start"), textOrNull(row.value(QStringLiteral("start_date")))},
        {QStringLiteral("end"), textOrNull(row.value(QStringLiteral("end_date")))},
        {QStringLiteral("status"), row.value(QStringLiteral("status")).toString()},
    };
}

StoreResult<QJsonObject> communication(QSqlDatabase& db, const QSqlRecord& row)
{
    const QString id = row.value(QStringLiteral("communication_id")).toString();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT metric_date, delivered, opened, clicks FROM communication_metrics"
                                 " WHERE communication_id = ? ORDER BY metric_date"));
    query.addBindValue(id);
    if (!query.exec())
        return StoreResult<QJsonObject>::failure(
            sqlError(query, QStringLiteral("reading metrics of %1").arg(id)));
    QJsonArray metrics;
    while (query.next())
        metrics.append(QJsonObject{{QStringLiteral("date"), query.value(0).toString()},
                                   {QStringLiteral("delivered"), query.value(1).toLongLong()},
                                   {QStringLiteral("opened"), query.value(2).toLongLong()},
                                   {QStringLiteral("clicks"), query.value(3).toLongLong()}});
    const auto optionalNumber = [&row](const char* column) {
        const QVariant value = row.value(QString::fromLatin1(column));
        return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toLongLong());
    };
    return QJsonObject{
        {QStringLiteral("name"), row.value(QStringLiteral("name")).toString()},
        {QStringLiteral("format"), row.value(QStringLiteral("format")).toString()},
        {QStringLiteral("audience"), parsedJson(row.value(QStringLiteral("audience_json")))},
        {QStringLiteral("offer"), parsedJson(row.value(QStringLiteral("offer_json")))},
        {QStringLiteral("content"), parsedJson(row.value(QStringLiteral("content_json")))},
        {QStringLiteral("status"), row.value(QStringLiteral("status")).toString()},
        {QStringLiteral("reject_reason"), textOrNull(row.value(QStringLiteral("reject_reason")))},
        {QStringLiteral("send_date"), textOrNull(row.value(QStringLiteral("send_date")))},
        {QStringLiteral("end_date"), textOrNull(row.value(QStringLiteral("end_date")))},
        {QStringLiteral("recipients"), row.value(QStringLiteral("recipients")).toLongLong()},
        {QStringLiteral("daily_budget_kopecks"), optionalNumber("daily_budget_kopecks")},
        {QStringLiteral("cost_kopecks"), optionalNumber("cost_kopecks")},
        {QStringLiteral("delivered"), row.value(QStringLiteral("delivered")).toLongLong()},
        {QStringLiteral("opened"), row.value(QStringLiteral("opened")).toLongLong()},
        {QStringLiteral("clicks"), row.value(QStringLiteral("clicks")).toLongLong()},
        {QStringLiteral("created_at"), row.value(QStringLiteral("created_at")).toString()},
        {QStringLiteral("updated_at"), row.value(QStringLiteral("updated_at")).toString()},
        {QStringLiteral("idempotency_key"), textOrNull(row.value(QStringLiteral("idempotency_key")))},
        {QStringLiteral("metrics"), metrics},
    };
}

} // namespace sellercrm::server::entity_json
