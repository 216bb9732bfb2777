#include "settings/rules_model.h"

#include "findings/problems_model.h"
#include "findings/severity_style.h"

#include <QPalette>

namespace dw::ui {

RulesModel::RulesModel(QObject* parent) : QAbstractTableModel(parent), rules_(findings::rulesOf(findings::Engine::Dockerfile)) {}

void RulesModel::setChoices(lint::RuleChoices choices)
{
    beginResetModel();
    choices_ = std::move(choices);
    endResetModel();
}

void RulesModel::setLanguage(findings::Language language)
{
    language_ = language;
    if (!rules_.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

findings::Severity RulesModel::effectiveSeverity(const findings::RuleDescription& rule) const
{
    const auto it = choices_.overrides.find(std::string(rule.id));
    return it == choices_.overrides.end() ? rule.severity : it->second;
}

int RulesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rules_.size());
}

int RulesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RulesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const findings::RuleDescription& rule = *rules_[static_cast<std::size_t>(index.row())];
    const QString id = QString::fromUtf8(rule.id.data(), static_cast<qsizetype>(rule.id.size()));
    const bool enabled = !choices_.ignored.count(std::string(rule.id));
    const std::string& title = rule.title.in(language_).empty() ? rule.title.en : rule.title.in(language_);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RuleColumn: return id;
        case TitleColumn: return QString::fromStdString(title);
        case DefaultColumn: return severityDisplayName(rule.severity);
        case SeverityColumn: return severityDisplayName(effectiveSeverity(rule));
        }
        break;
    case Qt::EditRole:
        if (index.column() == SeverityColumn) return static_cast<int>(effectiveSeverity(rule));
        break;
    case Qt::CheckStateRole:
        if (index.column() == RuleColumn) return enabled ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) return severityIcon(effectiveSeverity(rule));
        break;
    case Qt::ForegroundRole:
        if (!enabled) return QPalette().color(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::ToolTipRole: {
        const std::string& explanation = rule.explanation.in(language_).empty() ? rule.explanation.en : rule.explanation.in(language_);
        return QString::fromStdString(explanation);
    }
    case SeverityRole: return static_cast<int>(effectiveSeverity(rule));
    case SearchRole: return QString(id + QLatin1Char(' ') + QString::fromStdString(title));
    }
    return {};
}

bool RulesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return false;
    const findings::RuleDescription& rule = *rules_[static_cast<std::size_t>(index.row())];
    const std::string id(rule.id);
    if (role == Qt::CheckStateRole && index.column() == RuleColumn) {
        if (value.toInt() == Qt::Checked) choices_.ignored.erase(id);
        else choices_.ignored.insert(id);
    } else if (role == Qt::EditRole && index.column() == SeverityColumn) {
        const int severity = value.toInt();
        if (severity < 0 || severity > static_cast<int>(findings::Severity::Style)) return false;
        if (static_cast<findings::Severity>(severity) == rule.severity) choices_.overrides.erase(id);
        else choices_.overrides[id] = static_cast<findings::Severity>(severity);
    } else {
        return false;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit choicesEdited();
    return true;
}

Qt::ItemFlags RulesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == RuleColumn) flags |= Qt::ItemIsUserCheckable;
    if (index.column() == SeverityColumn) flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant RulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case RuleColumn: return tr("Rule");
    case TitleColumn: return tr("Title");
    case DefaultColumn: return tr("Default");
    case SeverityColumn: return tr("Severity");
    }
    return {};
}

} // namespace dw::ui
