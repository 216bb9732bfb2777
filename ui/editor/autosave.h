// Crash-safe autosave: every few seconds, the text of each tab with unsaved edits is written (atomically) to the
// user's data directory; saving or closing the tab removes its copy, a clean quit removes all. On the next start,
// copies left behind by a crash come back as modified tabs, so no typing is lost.
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace dw::ui {

class EditorArea;

class Autosave : public QObject {
    Q_OBJECT

  public:
    struct Entry {
        QString key;  ///< the tab's key: its path, or its untitled name
        QString path; ///< empty for an untitled buffer
        QString text;
    };

    explicit Autosave(EditorArea* area, QObject* parent = nullptr);

    /// `$XDG_DATA_HOME/<app>/autosave` (QStandardPaths::AppDataLocation).
    static QString directory();
    /// Writes the modified tabs now and removes the copies of tabs that are clean or gone.
    void saveNow();
    /// The copies left in the directory.
    static QList<Entry> pending();
    /// Reopens the pending copies as modified tabs; returns how many.
    int restore();
    /// Removes every copy (after a clean quit).
    static void clear();
    void setInterval(int ms) { timer_.setInterval(ms); }

  private:
    static QString fileFor(const QString& key);

    EditorArea* area_;
    QTimer timer_;
};

} // namespace dw::ui
