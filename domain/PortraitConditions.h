#pragma once

#include "FieldError.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QList>
#include <QtCore/QLocale>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <functional>
#include <optional>

namespace sellercrm {

// POR-2: the condition tree of the buyer portrait. A node is either a group (AND / OR over its
// items, nested at most `maxDepth` levels) or a condition on one attribute of a buyer:
//   gender, age band, region, category — the buyer's value is one of `values()` (for a category:
//   one of the buyer's interests is); average check — within [minKopecks, maxKopecks], either end
//   optional, both inclusive.
// An empty group narrows nothing (every buyer matches), whatever its operator.
// JSON (the body of POST /api/v1/portrait, "conditions"):
//   {"field": "gender" | "age_band" | "region" | "category", "in": ["f", ...]}
//   {"field": "avg_check", "min_kopecks": 100000, "max_kopecks": 500000}
//   {"op": "and" | "or", "items": [condition, ...]}
// Pure QtCore: the client and the server evaluate the same tree.
class PortraitConditions final
{
    Q_DECLARE_TR_FUNCTIONS(sellercrm::PortraitConditions)

public:
    enum class Kind : quint8
    {
        Group,
        Gender,
        AgeBand,
        Region,
        AvgCheck,
        Category
    };
    enum class Op : quint8
    {
        And,
        Or
    };

    static constexpr int maxDepth = 8;

    // One buyer as the conditions see it (the cache's and the server's columns).
    struct Buyer
    {
        QString gender;  // "f", "m" or ""
        QString ageBand; // "18-24" ... "55+" or ""
        QString region;
        qint64 avgCheckKopecks = 0;
        QStringList interests; // category ids
    };

    // Names for the sentence: a region or category id to show ("C12" -> "Electronics"). Without
    // one the value itself is shown.
    using ValueNamer = std::function<QString(Kind kind, const QString& value)>;

    PortraitConditions() = default; // an empty AND group
    static PortraitConditions group(Op op, QList<PortraitConditions> items = {});
    // gender, age band, region or category
    static PortraitConditions among(Kind kind, QStringList values);
    static PortraitConditions avgCheck(std::optional<qint64> minKopecks, std::optional<qint64> maxKopecks);

    Kind kind() const { return m_kind; }
    bool isGroup() const { return m_kind == Kind::Group; }
    // A group without items, or a tree whose every group is empty: narrows nothing.
    bool isEmpty() const;

    Op op() const { return m_op; }
    void setOp(Op op) { m_op = op; }
    const QList<PortraitConditions>& items() const { return m_items; }
    QList<PortraitConditions>& items() { return m_items; }

    const QStringList& values() const { return m_values; }
    void setValues(const QStringList& values) { m_values = values; }
    std::optional<qint64> minKopecks() const { return m_min; }
    std::optional<qint64> maxKopecks() const { return m_max; }
    void setRange(std::optional<qint64> minKopecks, std::optional<qint64> maxKopecks);

    // Evaluates the tree for one buyer.
    bool matches(const Buyer& buyer) const;
    // The leaf test alone (kind() != Group).
    bool leafMatches(const Buyer& buyer) const;

    QJsonObject toJson() const;
    // Parses and checks a tree; `errors` lists every problem with its JSON path
    // ("conditions.items[1].in"). On errors the result is an empty group.
    static PortraitConditions fromJson(const QJsonValue& json, FieldErrors& errors,
                                       const QString& path = QStringLiteral("conditions"));

    // A readable sentence: "(women AND 25–34) OR Moscow". An empty tree reads "all buyers".
    QString sentence(const QLocale& locale = QLocale(), const ValueNamer& namer = {}) const;
    // One condition alone ("women", "average check from 1 000 ₽ to 5 000 ₽").
    QString leafText(const QLocale& locale = QLocale(), const ValueNamer& namer = {}) const;

    // Codes and display names of the attributes.
    static QString kindCode(Kind kind); // "gender", "age_band", "region", "avg_check", "category"
    static std::optional<Kind> kindFromCode(QStringView code);
    static QString kindName(Kind kind);              // "Gender", "Age", ...
    static QString genderName(const QString& code);  // "women", "men", "not specified"
    static QString ageBandName(const QString& code); // "25–34", "55+", "not specified"
    static const QStringList& ageBandCodes();        // POR-2: 18-24, 25-34, 35-44, 45-54, 55+
    static const QStringList& genderCodes();         // f, m

    // Declared, not defaulted: a defaulted comparison of the recursive QList member trips Qt's
    // operator== detection when the type is used as a metatype.
    friend bool operator==(const PortraitConditions& a, const PortraitConditions& b);
    friend bool operator!=(const PortraitConditions& a, const PortraitConditions& b) { return !(a == b); }

private:
    QString sentenceAt(const QLocale& locale, const ValueNamer& namer, bool nested) const;

    Kind m_kind = Kind::Group;
    Op m_op = Op::And;
    QList<PortraitConditions> m_items;
    QStringList m_values;
    std::optional<qint64> m_min;
    std::optional<qint64> m_max;
};

} // namespace sellercrm
