// The Dockerfiles (Dockerfile, Dockerfile.*, *.Dockerfile, *.dockerfile, Containerfile) and Compose files
// (compose.yaml, docker-compose.yml and their variants) of an opened folder, each
// with its finding counts and risk score, for the folder panel. Filled by findDockerfiles() and lintFolder(), which
// run on the job runner.
#pragma once

#include "findings/risk_score.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace dw::ui {

struct FolderEntry {
    QString path;          ///< absolute
    QString relativePath;  ///< from the folder
    findings::RiskScore risk;
    QString error;         ///< when the file could not be read
    bool compose = false;  ///< a Compose file rather than a Dockerfile
};

/// Every Dockerfile and Compose file under `folder` (skipping .git, node_modules and other hidden or vendored trees), at most
/// `limit`, sorted by path.
QStringList findDockerfiles(const QString& folder, int limit = 5000);

/// Lints each file as the CLI would (config discovered beside it); `progress(done, total)` after each file.
std::vector<FolderEntry> lintFolder(const QString& folder, const QStringList& files, const std::atomic<bool>& cancel,
                                    const std::function<void(int, int)>& progress = {});

class FolderModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column { FileColumn, ErrorsColumn, WarningsColumn, InfoColumn, ScoreColumn, KindColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, SortRole };

    explicit FolderModel(QObject* parent = nullptr);

    void setEntries(QString folder, std::vector<FolderEntry> entries);
    /// Updates one file's counts after it was linted in an editor tab.
    void updateEntry(const QString& path, const findings::RiskScore& risk);
    QString folder() const { return folder_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    QString folder_;
    std::vector<FolderEntry> entries_;
};

} // namespace dw::ui
