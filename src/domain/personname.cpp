#include "domain/personname.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace lectern {

namespace {

bool isSuffix(QStringView word)
{
    static const QSet<QString> suffixes = {QStringLiteral("jr"),  QStringLiteral("jr."), QStringLiteral("sr"),
                                           QStringLiteral("sr."), QStringLiteral("ii"),  QStringLiteral("iii"),
                                           QStringLiteral("iv"),  QStringLiteral("v")};
    return suffixes.contains(word.toString().toLower());
}

// "van", "von", "de", "la", "der", "di", "du", "da", "dos", "del", "le", "ter", "ten", "zu": particles start
// with a lower-case letter, as BibTeX's "von" part does.
bool isParticle(QStringView word)
{
    return !word.isEmpty() && word.front().isLower();
}

QStringList words(QStringView text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.toString().split(space, Qt::SkipEmptyParts);
}

} // namespace

bool isOrganisationName(QStringView name)
{
    static const QSet<QString> markers = {
        QStringLiteral("team"),        QStringLiteral("collaboration"), QStringLiteral("consortium"),
        QStringLiteral("group"),       QStringLiteral("inc"),           QStringLiteral("inc."),
        QStringLiteral("ltd"),         QStringLiteral("ltd."),          QStringLiteral("university"),
        QStringLiteral("institute"),   QStringLiteral("laboratory"),    QStringLiteral("laboratories"),
        QStringLiteral("project"),     QStringLiteral("organization"),  QStringLiteral("organisation"),
        QStringLiteral("committee"),   QStringLiteral("association"),   QStringLiteral("foundation"),
        QStringLiteral("deepmind"),    QStringLiteral("research"),      QStringLiteral("lab"),
        QStringLiteral("labs"),        QStringLiteral("corporation"),   QStringLiteral("council"),
        QStringLiteral("society"),     QStringLiteral("centre"),        QStringLiteral("center"),
        QStringLiteral("contributors")};
    const QStringList parts = words(name);
    if (parts.size() > 5)
        return true;
    for (const QString &part : parts) {
        if (markers.contains(part.toLower()))
            return true;
    }
    return false;
}

PersonName splitPersonName(QStringView name)
{
    PersonName result;
    const QString trimmed = name.trimmed().toString();
    if (trimmed.isEmpty())
        return result;
    if (trimmed.contains(QLatin1Char(','))) {
        QStringList parts = trimmed.split(QLatin1Char(','));
        for (QString &part : parts)
            part = part.trimmed();
        result.family = parts.value(0);
        if (parts.size() >= 3) {
            result.suffix = parts.value(1);
            result.given = parts.mid(2).join(QLatin1Char(' '));
        } else if (parts.size() == 2 && isSuffix(parts.value(1))) {
            result.suffix = parts.value(1);
        } else {
            result.given = parts.value(1);
        }
        return result;
    }
    if (isOrganisationName(trimmed)) {
        result.family = trimmed;
        result.literal = true;
        return result;
    }
    QStringList parts = words(trimmed);
    if (parts.size() > 1 && isSuffix(parts.last()))
        result.suffix = parts.takeLast();
    if (parts.size() == 1) {
        result.family = parts.first();
        return result;
    }
    // The family name is the last word plus the particles right before it; everything before is given.
    qsizetype familyStart = parts.size() - 1;
    while (familyStart > 1 && isParticle(parts.at(familyStart - 1)))
        --familyStart;
    result.family = parts.mid(familyStart).join(QLatin1Char(' '));
    result.given = parts.mid(0, familyStart).join(QLatin1Char(' '));
    return result;
}

QString displayName(const PersonName &name)
{
    QStringList parts;
    if (!name.given.isEmpty())
        parts << name.given;
    if (!name.family.isEmpty())
        parts << name.family;
    if (!name.suffix.isEmpty())
        parts << name.suffix;
    return parts.join(QLatin1Char(' '));
}

QString invertedName(const PersonName &name)
{
    if (name.literal || (name.given.isEmpty() && name.suffix.isEmpty()))
        return name.family;
    QString text = name.family;
    if (!name.suffix.isEmpty())
        text += QStringLiteral(", ") + name.suffix;
    if (!name.given.isEmpty())
        text += QStringLiteral(", ") + name.given;
    return text;
}

} // namespace lectern
