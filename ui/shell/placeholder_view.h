// A view that is not built yet, or has nothing to show: a title, what it will show, and an optional status with
// an action (the Host view says whether a daemon was found, with a Retry button). Never an empty grey area.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace dw::ui {

class PlaceholderView : public QWidget {
    Q_OBJECT

  public:
    explicit PlaceholderView(QWidget* parent = nullptr);

    void setTexts(const QString& title, const QString& description);
    /// A status under the description; `problem` draws it as a warning. Empty hides it.
    void setStatus(const QString& status, bool problem);
    QString statusText() const;
    /// A button under the status (hidden when `text` is empty); clicking it emits actionTriggered().
    void setAction(const QString& text);
    QPushButton* actionButton() const { return action_; }

  signals:
    void actionTriggered();

  private:
    QLabel* title_;
    QLabel* description_;
    QLabel* status_;
    QPushButton* action_;
};

} // namespace dw::ui
