// The waivers of a config file as a table: rule, what it applies to, reason, last day and status (active, no end,
// expiring within two weeks, expired), expired and expiring ones highlighted.
#pragma once

#include "findings/waivers.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace dw::ui {

class WaiverModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column { RuleColumn, TargetColumn, ReasonColumn, ExpiresColumn, StatusColumn, ColumnCount };
    enum class Status { NoEnd, Active, ExpiresSoon, Expired };
    enum Role { StatusRole = Qt::UserRole + 1 };

    explicit WaiverModel(QObject* parent = nullptr);

    void setWaivers(std::vector<findings::Waiver> waivers);
    const std::vector<findings::Waiver>& waivers() const { return waivers_; }
    /// The day statuses are judged on (today unless a test sets it).
    void setToday(QDate today);
    Status statusOf(const findings::Waiver& waiver) const;
    int count(Status status) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    std::vector<findings::Waiver> waivers_;
    QDate today_ = QDate::currentDate();
};

} // namespace dw::ui
