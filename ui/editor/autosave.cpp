#include "editor/autosave.h"

#include "editor/dockerfile_editor.h"
#include "editor/editor_area.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

namespace dw::ui {

Autosave::Autosave(EditorArea* area, QObject* parent) : QObject(parent), area_(area)
{
    timer_.setInterval(5000);
    connect(&timer_, &QTimer::timeout, this, &Autosave::saveNow);
    timer_.start();
}

QString Autosave::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

QString Autosave::fileFor(const QString& key)
{
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return directory() + QLatin1Char('/') + QString::fromLatin1(hash) + QStringLiteral(".json");
}

void Autosave::saveNow()
{
    QDir().mkpath(directory());
    QSet<QString> kept;
    for (EditorTab* tab : area_->tabs()) {
        if (!tab->isModified()) continue;
        const QString file = fileFor(tab->key());
        kept.insert(QFileInfo(file).fileName());
        const QJsonObject entry{{QStringLiteral("key"), tab->key()},
                                {QStringLiteral("path"), tab->path()},
                                {QStringLiteral("text"), tab->editor()->text()}};
        QSaveFile out(file);
        if (out.open(QIODevice::WriteOnly)) {
            out.write(QJsonDocument(entry).toJson(QJsonDocument::Compact));
            out.commit();
        }
    }
    const QDir dir(directory());
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files))
        if (!kept.contains(name)) QFile::remove(dir.filePath(name));
}

QList<Autosave::Entry> Autosave::pending()
{
    QList<Entry> entries;
    const QDir dir(directory());
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Time)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024 * 1024) continue;
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        const QString key = object.value(QStringLiteral("key")).toString();
        if (key.isEmpty()) continue; // damaged: ignored, and removed by the next saveNow()
        entries.append({key, object.value(QStringLiteral("path")).toString(), object.value(QStringLiteral("text")).toString()});
    }
    return entries;
}

int Autosave::restore()
{
    int restored = 0;
    for (const Entry& entry : pending()) {
        EditorTab* tab = nullptr;
        if (!entry.path.isEmpty()) {
            QString error;
            tab = area_->openFile(entry.path, error);
        }
        if (!tab) tab = area_->newUntitled({}, entry.path.isEmpty() ? entry.key : QFileInfo(entry.path).fileName());
        tab->restoreText(entry.text);
        ++restored;
    }
    return restored;
}

void Autosave::clear()
{
    QDir(directory()).removeRecursively();
}

} // namespace dw::ui
