#include "settings/settings_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include "settings/rules_model.h"
#include "settings/endpoint_page.h"
#include "settings/rules_page.h"
#include "shell/appearance.h"

namespace dw::ui {

SettingsDialog::SettingsDialog(const AppSettings& settings, const QString& rulesPath, QWidget* parent)
    : QDialog(parent), base_(settings), language_(new QComboBox(this)), theme_(new QComboBox(this)),
      font_(new QFontComboBox(this)), fontSize_(new QSpinBox(this)), inlineMessages_(new QCheckBox(this)),
      shellcheck_(new QCheckBox(this)), recordHistory_(new QCheckBox(this)), languageLabel_(new QLabel(this)),
      themeLabel_(new QLabel(this)), fontLabel_(new QLabel(this)), sizeLabel_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Close, this)), tabs_(new QTabWidget(this)),
      general_(new QWidget(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    font_->setFontFilters(QFontComboBox::MonospacedFonts);
    fontSize_->setRange(6, 48);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(languageLabel_, language_);
    form->addRow(themeLabel_, theme_);
    form->addRow(fontLabel_, font_);
    form->addRow(sizeLabel_, fontSize_);
    form->addRow(QString(), inlineMessages_);
    form->addRow(QString(), shellcheck_);
    form->addRow(QString(), recordHistory_);
    auto* generalLayout = new QVBoxLayout(general_);
    generalLayout->addLayout(form);
    generalLayout->addStretch(1);
    tabs_->addTab(general_, QString());
    if (!rulesPath.isEmpty()) {
        const findings::Language language = resolvedLanguage(settings.language) == QLatin1String("zh_CN")
                                                ? findings::Language::SimplifiedChinese
                                                : findings::Language::English;
        rulesPage_ = new RulesPage(rulesPath, language, this);
        connect(rulesPage_, &RulesPage::saved, this, &SettingsDialog::rulesSaved);
        tabs_->addTab(rulesPage_, QString());
    }
    endpointPage_ = new EndpointPage(settings, this);
    tabs_->addTab(endpointPage_, QString());
    connect(endpointPage_, &EndpointPage::changed, this, &SettingsDialog::emitChange);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs_, 1);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::accept);

    retranslate();
    updating_ = true;
    language_->setCurrentIndex(qMax(0, language_->findData(settings.language)));
    theme_->setCurrentIndex(qMax(0, theme_->findData(settings.theme)));
    font_->setCurrentFont(settings.editorFont);
    fontSize_->setValue(settings.editorFont.pointSize() > 0 ? settings.editorFont.pointSize() : 11);
    inlineMessages_->setChecked(settings.inlineMessages);
    shellcheck_->setChecked(settings.shellcheck);
    recordHistory_->setChecked(settings.recordHistory);
    updating_ = false;

    connect(language_, &QComboBox::currentIndexChanged, this, &SettingsDialog::emitChange);
    connect(theme_, &QComboBox::currentIndexChanged, this, &SettingsDialog::emitChange);
    connect(font_, &QFontComboBox::currentFontChanged, this, &SettingsDialog::emitChange);
    connect(fontSize_, &QSpinBox::valueChanged, this, &SettingsDialog::emitChange);
    connect(inlineMessages_, &QCheckBox::toggled, this, &SettingsDialog::emitChange);
    connect(shellcheck_, &QCheckBox::toggled, this, &SettingsDialog::emitChange);
    connect(recordHistory_, &QCheckBox::toggled, this, &SettingsDialog::emitChange);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings out = base_;
    out.language = language_->currentData().toString();
    out.theme = theme_->currentData().toString();
    QFont font = font_->currentFont();
    font.setPointSize(fontSize_->value());
    out.editorFont = font;
    out.inlineMessages = inlineMessages_->isChecked();
    out.shellcheck = shellcheck_->isChecked();
    out.recordHistory = recordHistory_->isChecked();
    return endpointPage_->applyTo(out);
}

void SettingsDialog::emitChange()
{
    if (updating_) return;
    emit settingsChanged(settings());
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    const bool wasUpdating = updating_;
    updating_ = true;
    setWindowTitle(tr("Settings"));
    tabs_->setTabText(0, tr("General"));

    const QString language = language_->currentData().toString();
    language_->clear();
    language_->addItem(tr("Follow the system"), QStringLiteral("system"));
    language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language_->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    language_->setCurrentIndex(qMax(0, language_->findData(language.isEmpty() ? base_.language : language)));
    const QString theme = theme_->currentData().toString();
    theme_->clear();
    theme_->addItem(tr("Follow the system"), QStringLiteral("system"));
    theme_->addItem(tr("Light"), QStringLiteral("light"));
    theme_->addItem(tr("Dark"), QStringLiteral("dark"));
    theme_->setCurrentIndex(qMax(0, theme_->findData(theme.isEmpty() ? base_.theme : theme)));
    languageLabel_->setText(tr("&Language:"));
    languageLabel_->setBuddy(language_);
    themeLabel_->setText(tr("&Theme:"));
    themeLabel_->setBuddy(theme_);
    fontLabel_->setText(tr("Editor &font:"));
    fontLabel_->setBuddy(font_);
    sizeLabel_->setText(tr("Font &size:"));
    sizeLabel_->setBuddy(fontSize_);
    inlineMessages_->setText(tr("Show each finding's message under its line"));
    shellcheck_->setText(tr("Check RUN scripts with ShellCheck (needs shellcheck installed)"));
    recordHistory_->setText(tr("Record each host and image scan in the history (for the dashboard's trend)"));
    language_->setAccessibleName(tr("Language"));
    theme_->setAccessibleName(tr("Theme"));
    font_->setAccessibleName(tr("Editor font"));
    fontSize_->setAccessibleName(tr("Font size"));
    tabs_->setTabText(tabs_->indexOf(endpointPage_), tr("Docker"));
    if (rulesPage_) {
        tabs_->setTabText(1, tr("Rules"));
        rulesPage_->model()->setLanguage(resolvedLanguage(language_->currentData().toString()) == QLatin1String("zh_CN")
                                              ? findings::Language::SimplifiedChinese
                                              : findings::Language::English);
    }
    updating_ = wasUpdating;
}

} // namespace dw::ui
