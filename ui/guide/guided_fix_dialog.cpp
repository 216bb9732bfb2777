#include "guide/guided_fix_dialog.h"

#include "util/line_diff.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dw::ui {
namespace {

QString localized(const findings::LocalizedText& text, findings::Language language)
{
    return QString::fromStdString(text.in(language).empty() ? text.en : text.in(language));
}

bool darkPalette(const QWidget* widget)
{
    return widget->palette().color(QPalette::Base).lightness() < 128;
}

} // namespace

GuidedFixDialog::GuidedFixDialog(std::string current, std::vector<guide::GuidedFix> fixes, findings::Language language,
                                 QWidget* parent)
    : QDialog(parent), current_(std::move(current)), fixes_(std::move(fixes)), language_(language),
      choice_(new QComboBox(this)), explanation_(new QLabel(this)), tabs_(new QTabWidget(this)),
      diff_(new QTextBrowser(this)), edit_(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Guided Fix"));
    for (const guide::GuidedFix& fix : fixes_) choice_->addItem(localized(fix.title, language_), QString::fromStdString(fix.id));
    choice_->setVisible(fixes_.size() > 1);
    choice_->setAccessibleName(tr("Guided fixes that apply"));
    explanation_->setWordWrap(true);
    explanation_->setTextFormat(Qt::PlainText);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    diff_->setFont(fixed);
    diff_->setAccessibleName(tr("Proposed changes"));
    edit_->setFont(fixed);
    edit_->setAccessibleName(tr("Proposed Dockerfile"));
    edit_->setLineWrapMode(QPlainTextEdit::NoWrap);
    tabs_->addTab(diff_, tr("Changes"));
    tabs_->addTab(edit_, tr("Edit before applying"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* apply = buttons->addButton(tr("Apply to the File"), QDialogButtonBox::AcceptRole);
    apply->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(choice_);
    layout->addWidget(explanation_);
    layout->addWidget(tabs_, 1);
    layout->addWidget(buttons);
    connect(choice_, &QComboBox::currentIndexChanged, this, &GuidedFixDialog::showFix);
    connect(edit_, &QPlainTextEdit::textChanged, this, &GuidedFixDialog::showDiff);
    resize(900, 620);
    if (!fixes_.empty()) showFix(0);
}

void GuidedFixDialog::selectFix(const QString& id)
{
    const int index = choice_->findData(id);
    if (index >= 0) choice_->setCurrentIndex(index);
}

QString GuidedFixDialog::selectedFix() const
{
    return choice_->currentData().toString();
}

QString GuidedFixDialog::resultText() const
{
    return edit_->toPlainText();
}

void GuidedFixDialog::showFix(int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= fixes_.size()) return;
    const guide::GuidedFix& fix = fixes_[static_cast<std::size_t>(index)];
    explanation_->setText(localized(fix.explanation, language_));
    edit_->setPlainText(QString::fromStdString(fix.proposed));
    showDiff();
}

void GuidedFixDialog::showDiff()
{
    const bool dark = darkPalette(this);
    const QString removed = dark ? QStringLiteral("#5a1e1e") : QStringLiteral("#fde2e1");
    const QString added = dark ? QStringLiteral("#1e4620") : QStringLiteral("#dcf5dc");
    QString html = QStringLiteral("<pre style='margin:0'>");
    for (const util::DiffLine& line : util::diffLines(current_, edit_->toPlainText().toStdString())) {
        const QString text = QString::fromStdString(line.text).toHtmlEscaped();
        switch (line.kind) {
        case util::DiffLine::Kind::Same:
            html += QStringLiteral("  %1\n").arg(text);
            break;
        case util::DiffLine::Kind::Removed:
            html += QStringLiteral("<span style='background:%1'>- %2</span>\n").arg(removed, text);
            break;
        case util::DiffLine::Kind::Added:
            html += QStringLiteral("<span style='background:%1'>+ %2</span>\n").arg(added, text);
            break;
        }
    }
    html += QStringLiteral("</pre>");
    diff_->setHtml(html);
}

} // namespace dw::ui
