#include "PortraitConditions.h"

#include "Money.h"

#include <QtCore/QJsonArray>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

constexpr std::array<QStringView, 6> kindCodes = {u"",       u"gender",    u"age_band",
                                                  u"region", u"avg_check", u"category"};

void fail(FieldErrors& errors, const QString& field, QStringView code, const QString& message)
{
    errors.append({field, code.toString(), message});
}

void rejectUnknownMembers(const QJsonObject& object, std::initializer_list<QStringView> known,
                          const QString& path, FieldErrors& errors)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) == known.end())
            fail(errors, path + u'.' + it.key(), FieldErrorCode::unknownField,
                 PortraitConditions::tr("Unknown member"));
    }
}

std::optional<qint64> readBound(const QJsonObject& object, const QString& member, const QString& path,
                                FieldErrors& errors)
{
    const QJsonValue bound = object.value(member);
    if (bound.isUndefined() || bound.isNull())
        return std::nullopt;
    const double value = bound.toDouble(-1);
    if (!bound.isDouble() || value < 0 || value != std::floor(value)) {
        fail(errors, path + u'.' + member, FieldErrorCode::wrongType,
             PortraitConditions::tr("A non-negative integer (kopecks)"));
        return std::nullopt;
    }
    return bound.toInteger();
}

PortraitConditions parse(const QJsonValue& json, const QString& path, int depth, FieldErrors& errors)
{
    using Kind = PortraitConditions::Kind;
    if (depth > PortraitConditions::maxDepth) {
        fail(errors, path, FieldErrorCode::outOfRange,
             PortraitConditions::tr("Conditions nest at most %1 levels").arg(PortraitConditions::maxDepth));
        return {};
    }
    if (!json.isObject()) {
        fail(errors, path, FieldErrorCode::wrongType,
             PortraitConditions::tr("A condition must be an object"));
        return {};
    }
    const QJsonObject object = json.toObject();
    if (object.contains(u"op"_s)) {
        rejectUnknownMembers(object, {u"op", u"items"}, path, errors);
        const QString op = object.value(u"op"_s).toString();
        if (op != u"and" && op != u"or") {
            fail(errors, path + u".op"_s, FieldErrorCode::invalidValue,
                 PortraitConditions::tr("op must be and or or"));
            return {};
        }
        if (!object.value(u"items"_s).isArray()) {
            fail(errors, path + u".items"_s, FieldErrorCode::wrongType,
                 PortraitConditions::tr("items must be an array of conditions"));
            return {};
        }
        QList<PortraitConditions> items;
        const QJsonArray array = object.value(u"items"_s).toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            items.append(parse(array.at(i), path + u".items[%1]"_s.arg(i), depth + 1, errors));
        return PortraitConditions::group(
            op == u"and" ? PortraitConditions::Op::And : PortraitConditions::Op::Or, items);
    }
    const std::optional<Kind> kind = PortraitConditions::kindFromCode(object.value(u"field"_s).toString());
    if (!kind || *kind == Kind::Group) {
        fail(errors, path + u".field"_s, FieldErrorCode::invalidValue,
             PortraitConditions::tr("field must be gender, age_band, region, category or avg_check"));
        return {};
    }
    if (*kind == Kind::AvgCheck) {
        rejectUnknownMembers(object, {u"field", u"min_kopecks", u"max_kopecks"}, path, errors);
        const auto min = readBound(object, u"min_kopecks"_s, path, errors);
        const auto max = readBound(object, u"max_kopecks"_s, path, errors);
        return PortraitConditions::avgCheck(min, max);
    }
    rejectUnknownMembers(object, {u"field", u"in"}, path, errors);
    const QJsonValue in = object.value(u"in"_s);
    if (!in.isArray() || in.toArray().isEmpty()) {
        fail(errors, path + u".in"_s, FieldErrorCode::required,
             PortraitConditions::tr("in must be a non-empty array of strings"));
        return {};
    }
    QStringList values;
    const QJsonArray array = in.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            fail(errors, path + u".in[%1]"_s.arg(i), FieldErrorCode::wrongType,
                 PortraitConditions::tr("A string"));
        else
            values.append(array.at(i).toString());
    }
    return PortraitConditions::among(*kind, values);
}

QString joinAlternatives(const QStringList& names)
{
    return names.join(PortraitConditions::tr(" or "));
}

} // namespace

bool operator==(const PortraitConditions& a, const PortraitConditions& b)
{
    if (a.m_kind != b.m_kind || a.m_op != b.m_op || a.m_values != b.m_values || a.m_min != b.m_min ||
        a.m_max != b.m_max || a.m_items.size() != b.m_items.size())
        return false;
    return std::equal(a.m_items.cbegin(), a.m_items.cend(), b.m_items.cbegin());
}

PortraitConditions PortraitConditions::group(Op op, QList<PortraitConditions> items)
{
    PortraitConditions node;
    node.m_kind = Kind::Group;
    node.m_op = op;
    node.m_items = std::move(items);
    return node;
}

PortraitConditions PortraitConditions::among(Kind kind, QStringList values)
{
    Q_ASSERT(kind != Kind::Group && kind != Kind::AvgCheck);
    PortraitConditions node;
    node.m_kind = kind;
    node.m_values = std::move(values);
    return node;
}

PortraitConditions PortraitConditions::avgCheck(std::optional<qint64> minKopecks,
                                                std::optional<qint64> maxKopecks)
{
    PortraitConditions node;
    node.m_kind = Kind::AvgCheck;
    node.m_min = minKopecks;
    node.m_max = maxKopecks;
    return node;
}

void PortraitConditions::setRange(std::optional<qint64> minKopecks, std::optional<qint64> maxKopecks)
{
    m_min = minKopecks;
    m_max = maxKopecks;
}

bool PortraitConditions::isEmpty() const
{
    if (!isGroup())
        return false;
    return std::all_of(m_items.cbegin(), m_items.cend(),
                       [](const PortraitConditions& item) { return item.isEmpty(); });
}

bool PortraitConditions::leafMatches(const Buyer& buyer) const
{
    switch (m_kind) {
    case Kind::Group:
        return matches(buyer);
    case Kind::Gender:
        return m_values.contains(buyer.gender);
    case Kind::AgeBand:
        return m_values.contains(buyer.ageBand);
    case Kind::Region:
        return m_values.contains(buyer.region);
    case Kind::Category:
        return std::any_of(buyer.interests.cbegin(), buyer.interests.cend(),
                           [this](const QString& category) { return m_values.contains(category); });
    case Kind::AvgCheck:
        return (!m_min || buyer.avgCheckKopecks >= *m_min) && (!m_max || buyer.avgCheckKopecks <= *m_max);
    }
    return false;
}

bool PortraitConditions::matches(const Buyer& buyer) const
{
    if (!isGroup())
        return leafMatches(buyer);
    if (m_items.isEmpty())
        return true;
    if (m_op == Op::And)
        return std::all_of(m_items.cbegin(), m_items.cend(),
                           [&](const PortraitConditions& i) { return i.matches(buyer); });
    return std::any_of(m_items.cbegin(), m_items.cend(),
                       [&](const PortraitConditions& i) { return i.matches(buyer); });
}

QJsonObject PortraitConditions::toJson() const
{
    if (isGroup()) {
        QJsonArray items;
        for (const PortraitConditions& item : m_items)
            items.append(item.toJson());
        return {{u"op"_s, m_op == Op::And ? u"and"_s : u"or"_s}, {u"items"_s, items}};
    }
    QJsonObject object{{u"field"_s, kindCode(m_kind)}};
    if (m_kind == Kind::AvgCheck) {
        if (m_min)
            object.insert(u"min_kopecks"_s, *m_min);
        if (m_max)
            object.insert(u"max_kopecks"_s, *m_max);
    } else {
        object.insert(u"in"_s, QJsonArray::fromStringList(m_values));
    }
    return object;
}

PortraitConditions PortraitConditions::fromJson(const QJsonValue& json, FieldErrors& errors,
                                                const QString& path)
{
    if (json.isUndefined() || json.isNull())
        return {};
    const qsizetype before = errors.size();
    PortraitConditions tree = parse(json, path, 0, errors);
    if (errors.size() != before)
        return {};
    return tree;
}

QString PortraitConditions::kindCode(Kind kind)
{
    return kindCodes[static_cast<std::size_t>(kind)].toString();
}

std::optional<PortraitConditions::Kind> PortraitConditions::kindFromCode(QStringView code)
{
    if (code.isEmpty())
        return std::nullopt;
    for (std::size_t i = 0; i < kindCodes.size(); ++i) {
        if (code == kindCodes[i])
            return static_cast<Kind>(i);
    }
    return std::nullopt;
}

QString PortraitConditions::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Group:
        return tr("Group");
    case Kind::Gender:
        return tr("Gender");
    case Kind::AgeBand:
        return tr("Age");
    case Kind::Region:
        return tr("Region");
    case Kind::AvgCheck:
        return tr("Average check");
    case Kind::Category:
        return tr("Category");
    }
    return {};
}

QString PortraitConditions::genderName(const QString& code)
{
    if (code == u"f")
        return tr("women");
    if (code == u"m")
        return tr("men");
    return tr("gender not specified");
}

QString PortraitConditions::ageBandName(const QString& code)
{
    if (code.isEmpty())
        return tr("age not specified");
    QString name = code;
    return name.replace(u'-', u'\u2013');
}

const QStringList& PortraitConditions::ageBandCodes()
{
    static const QStringList codes{u"18-24"_s, u"25-34"_s, u"35-44"_s, u"45-54"_s, u"55+"_s};
    return codes;
}

const QStringList& PortraitConditions::genderCodes()
{
    static const QStringList codes{u"f"_s, u"m"_s};
    return codes;
}

QString PortraitConditions::leafText(const QLocale& locale, const ValueNamer& namer) const
{
    QStringList names;
    for (const QString& value : m_values) {
        QString name;
        if (m_kind == Kind::Gender)
            name = genderName(value);
        else if (m_kind == Kind::AgeBand)
            name = ageBandName(value);
        else if (namer)
            name = namer(m_kind, value);
        names.append(name.isEmpty() ? value : name);
    }
    switch (m_kind) {
    case Kind::Group:
        return sentence(locale, namer);
    case Kind::Gender:
        return joinAlternatives(names);
    case Kind::AgeBand:
        return tr("aged %1").arg(joinAlternatives(names));
    case Kind::Region:
        return tr("from %1").arg(joinAlternatives(names));
    case Kind::Category:
        return tr("interested in %1").arg(joinAlternatives(names));
    case Kind::AvgCheck:
        if (m_min && m_max)
            return tr("average check from %1 to %2")
                .arg(formatRoubles(*m_min, locale), formatRoubles(*m_max, locale));
        if (m_min)
            return tr("average check from %1").arg(formatRoubles(*m_min, locale));
        if (m_max)
            return tr("average check up to %1").arg(formatRoubles(*m_max, locale));
        return tr("any average check");
    }
    return {};
}

QString PortraitConditions::sentenceAt(const QLocale& locale, const ValueNamer& namer, bool nested) const
{
    if (!isGroup())
        return leafText(locale, namer);
    QStringList parts;
    for (const PortraitConditions& item : m_items) {
        if (!item.isEmpty())
            parts.append(item.sentenceAt(locale, namer, true));
    }
    if (parts.isEmpty())
        return nested ? QString() : tr("all buyers");
    const QString joined = parts.join(m_op == Op::And ? tr(" AND ") : tr(" OR "));
    return nested && parts.size() > 1 ? u'(' + joined + u')' : joined;
}

QString PortraitConditions::sentence(const QLocale& locale, const ValueNamer& namer) const
{
    return sentenceAt(locale, namer, false);
}

} // namespace sellercrm
