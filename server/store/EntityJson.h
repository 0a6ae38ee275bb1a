#pragma once

#include "store/StoreResult.h"

#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlRecord>
#include <QString>

namespace sellercrm::server {

// The `data` objects of the feed's entity types (docs/api/SYNC.md), built from store rows.
// The REST resources use the same shapes, so the HTTP layer calls these too.
namespace entity_json {

// Column lists to SELECT for each builder (in this order; the builders read by name).
QString sellerColumns();
QString buyerColumns();
QString communicationColumns();

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
