// Settings: language, theme, editor font and size, messages under their lines, ShellCheck, the Docker endpoint.
// Every change applies at once (settingsChanged); Close keeps them.
#pragma once

#include "settings/app_settings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QDialogButtonBox;
class QTabWidget;

namespace dw::ui {

class SettingsDialog : public QDialog {
    Q_OBJECT

  public:
    /// `rulesPath` is the `.dockwarden.yaml` the Rules page edits (empty: no Rules page).
    explicit SettingsDialog(const AppSettings& settings, const QString& rulesPath = {}, QWidget* parent = nullptr);
    AppSettings settings() const;

    QComboBox* languageBox() const { return language_; }
    QComboBox* themeBox() const { return theme_; }
    class RulesPage* rulesPage() const { return rulesPage_; }
    class EndpointPage* endpointPage() const { return endpointPage_; }

  signals:
    void settingsChanged(const AppSettings& settings);
    void rulesSaved(const QString& path);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();
    void emitChange();

    AppSettings base_;
    QComboBox* language_;
    QComboBox* theme_;
    QFontComboBox* font_;
    QSpinBox* fontSize_;
    QCheckBox* inlineMessages_;
    QCheckBox* shellcheck_;
    QCheckBox* recordHistory_;
    QLabel* languageLabel_;
    QLabel* themeLabel_;
    QLabel* fontLabel_;
    QLabel* sizeLabel_;
    QDialogButtonBox* buttons_;
    QTabWidget* tabs_;
    QWidget* general_;
    class RulesPage* rulesPage_ = nullptr;
    class EndpointPage* endpointPage_ = nullptr;
    bool updating_ = false;
};

} // namespace dw::ui
