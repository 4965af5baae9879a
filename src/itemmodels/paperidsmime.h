#pragma once

#include <QByteArray>
#include <QDataStream>
#include <QIODevice>
#include <QList>
#include <QMimeData>
#include <QString>

namespace lectern {

// Papers dragged between the table, the side panel's tags and lists, and a reading list: their ids, in order,
// under a private MIME type (plain text carries their titles where a view adds it).
inline QString paperIdsMimeType()
{
    return QStringLiteral("application/x-lectern-paper-ids");
}

inline void setPaperIds(QMimeData *mime, const QList<qint64> &ids)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << ids;
    mime->setData(paperIdsMimeType(), bytes);
}

inline QList<qint64> paperIds(const QMimeData *mime)
{
    QList<qint64> ids;
    if (!mime || !mime->hasFormat(paperIdsMimeType()))
        return ids;
    QDataStream in(mime->data(paperIdsMimeType()));
    in >> ids;
    if (in.status() != QDataStream::Ok)
        ids.clear();
    return ids;
}

} // namespace lectern
