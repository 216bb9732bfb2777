// Every Dockerfile rule with the choices of one `.dockwarden.yaml`: whether it is on, and its severity (the
// rule's default unless overridden). Checking a rule off ignores it; choosing another severity overrides it.
#pragma once

#include "findings/catalogue.h"
#include "lint/config_writer.h"

#include <QAbstractTableModel>

#include <vector>

namespace dw::ui {

class RulesModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column { RuleColumn, TitleColumn, DefaultColumn, SeverityColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, SearchRole };

    explicit RulesModel(QObject* parent = nullptr);

    void setChoices(lint::RuleChoices choices);
    const lint::RuleChoices& choices() const { return choices_; }
    void setLanguage(findings::Language language);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  signals:
    void choicesEdited();

  private:
    findings::Severity effectiveSeverity(const findings::RuleDescription& rule) const;

    std::vector<const findings::RuleDescription*> rules_;
    lint::RuleChoices choices_;
    findings::Language language_ = findings::Language::English;
};

} // namespace dw::ui
