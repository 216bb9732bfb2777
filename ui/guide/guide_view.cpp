#include "guide/guide_view.h"

#include "findings/catalogue.h"
#include "findings/severity_style.h"
#include "guide/guide_cards_model.h"
#include "guide/guide_index.h"

#include <QEvent>

#include <map>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace dw::ui {
namespace {

// The texts mark code with backticks: shown in the code font.
QString text(const findings::LocalizedText& localized, findings::Language language)
{
    const std::string& value = localized.in(language).empty() ? localized.en : localized.in(language);
    const QStringList parts = QString::fromStdString(value).toHtmlEscaped().split(QLatin1Char('`'));
    QString html;
    for (int i = 0; i < parts.size(); ++i)
        html += (i % 2 == 1 && i + 1 < parts.size()) ? QStringLiteral("<code>%1</code>").arg(parts[i])
                                                     : (i > 0 && i % 2 == 1 ? QStringLiteral("`") : QString()) + parts[i];
    return html;
}

QString code(std::string_view snippet)
{
    return QString::fromUtf8(snippet.data(), qsizetype(snippet.size())).toHtmlEscaped();
}

} // namespace

GuideView::GuideView(QWidget* parent)
    : QWidget(parent), model_(new GuideCardsModel(this)), proxy_(new QSortFilterProxyModel(this)),
      search_(new QLineEdit(this)), list_(new QListView(this)), browser_(new QTextBrowser(this))
{
    proxy_->setSourceModel(model_);
    proxy_->setFilterRole(GuideCardsModel::SearchTextRole);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    list_->setModel(proxy_);
    list_->setUniformItemSizes(true);
    list_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    search_->setClearButtonEnabled(true);
    browser_->setOpenLinks(false);
    browser_->setOpenExternalLinks(false);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(search_);
    leftLayout->addWidget(list_);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(browser_);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 760});
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(search_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
    connect(list_->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (!current.isValid()) return;
        currentId_ = current.data(GuideCardsModel::IdRole).toString();
        expandedRule_.clear();
        render();
    });
    connect(browser_, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("rule")) {
            const QString rule = url.path();
            expandedRule_ = expandedRule_ == rule ? QString() : rule;
            render();
        } else if (url.scheme() == QLatin1String("guided")) {
            emit guidedFixRequested(url.path());
        } else if (url.scheme() == QLatin1String("page")) {
            emit pageRequested(url.path() == QLatin1String("host") ? 1 : 2);
        } else if (url.scheme() == QLatin1String("findings")) {
            const guide::GuideCard* card = guide::findCard(currentId_.toStdString());
            if (!card) return;
            QStringList rules;
            for (std::string_view rule : guide::rulesOfCard(*card)) rules << QString::fromUtf8(rule.data(), qsizetype(rule.size()));
            emit showFindingsRequested(rules, QString::fromStdString(card->title.in(language_)));
        }
    });
    retranslate();
    showCard(QString::fromUtf8(guide::guideCards().front().id.data(), qsizetype(guide::guideCards().front().id.size())));
}

void GuideView::setLanguage(findings::Language language)
{
    language_ = language;
    model_->setLanguage(language);
    render();
}

void GuideView::setFindings(GuideFindings list)
{
    findings_ = std::move(list);
    std::vector<const findings::Finding*> all = findings_.files;
    all.insert(all.end(), findings_.host.begin(), findings_.host.end());
    all.insert(all.end(), findings_.image.begin(), findings_.image.end());
    model_->setFindings(all);
    render();
}

bool GuideView::showCard(const QString& id)
{
    const int row = model_->rowOf(id.toStdString());
    if (row < 0) return false;
    search_->clear();
    const QModelIndex index = proxy_->mapFromSource(model_->index(row));
    list_->setCurrentIndex(index);
    list_->scrollTo(index);
    currentId_ = id;
    render();
    return true;
}

bool GuideView::showCardOfRule(const QString& rule)
{
    const guide::GuideCard* card = guide::cardOfRule(rule.toStdString());
    if (!card || !showCard(QString::fromUtf8(card->id.data(), qsizetype(card->id.size())))) return false;
    expandedRule_ = rule;
    render();
    return true;
}

void GuideView::showEvent(QShowEvent* event)
{
    render(); // counts that arrived while hidden were not drawn
    QWidget::showEvent(event);
}

void GuideView::render()
{
    if (!isVisible()) return; // every lint updates the counts; the page is drawn when it is seen
    const guide::GuideCard* card = guide::findCard(currentId_.toStdString());
    if (!card) {
        browser_->clear();
        return;
    }
    const QString area = card->area == guide::Area::Image ? tr("Image practice") : tr("Runtime baseline");
    QString html = QStringLiteral("<p style='color:gray'>%1</p><h2>%2</h2><p><i>%3</i></p>")
                       .arg(area, text(card->title, language_), text(card->summary, language_));
    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("Why it matters"), text(card->why, language_));
    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("What to do"), text(card->how, language_));
    html += QStringLiteral("<table width='100%' cellspacing='6'><tr><th align='left' style='color:%1'>%2</th>"
                           "<th align='left' style='color:%3'>%4</th></tr><tr>"
                           "<td valign='top'><pre>%5</pre></td><td valign='top'><pre>%6</pre></td></tr></table>")
                .arg(severityColor(findings::Severity::Error).name(), tr("Avoid"),
                     QStringLiteral("#2e7d32"), tr("Prefer"), code(card->badExample), code(card->goodExample));
    const int total = model_->countOfCard(std::string(card->id));
    // The guided fix that does this card's work on a Dockerfile, when there is one.
    static const std::map<std::string_view, std::string_view> guided{{"least-privilege-user", "add-non-root-user"},
                                                                     {"no-secrets", "secret-to-build-secret"},
                                                                     {"multi-stage-builds", "multi-stage-build"}};
    if (const auto fix = guided.find(card->id); fix != guided.end())
        html += QStringLiteral("<p><a href='guided:%1'>%2</a></p>")
                    .arg(QString::fromUtf8(fix->second.data(), qsizetype(fix->second.size())),
                         tr("Guided fix: change the current Dockerfile this way, reviewing the diff first"));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Rules and checks that watch it"));
    if (total == 0) {
        html += QStringLiteral("<p>%1</p>").arg(tr("Nothing in the open files, the host or the image breaks this practice now."));
    } else {
        QStringList where;
        const int inFiles = guide::countFindings(*card, findings_.files);
        const int onHost = guide::countFindings(*card, findings_.host);
        const int inImage = guide::countFindings(*card, findings_.image);
        if (inFiles > 0) where << QStringLiteral("<a href='findings:'>%1</a>").arg(tr("%n in the open files", nullptr, inFiles));
        if (onHost > 0) where << QStringLiteral("<a href='page:host'>%1</a>").arg(tr("%n on the host", nullptr, onHost));
        if (inImage > 0) where << QStringLiteral("<a href='page:image'>%1</a>").arg(tr("%n in the image", nullptr, inImage));
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("Current findings:"), where.join(QStringLiteral(" · ")));
    }
    html += QStringLiteral("<table cellspacing='2' cellpadding='3'>");
    for (std::string_view id : guide::rulesOfCard(*card)) {
        const findings::RuleDescription* rule = findings::findRule(id);
        if (!rule) continue;
        const QString ruleId = QString::fromUtf8(id.data(), qsizetype(id.size()));
        const int count = model_->countOfRule(std::string(id));
        html += QStringLiteral("<tr><td><a href='rule:%1'><code>%1</code></a></td><td>%2</td><td align='right'>%3</td></tr>")
                    .arg(ruleId, text(rule->title, language_), count > 0 ? QStringLiteral("<b>%1</b>").arg(count) : QString());
        if (ruleId == expandedRule_) {
            QString details = text(rule->explanation, language_);
            if (!rule->remedy.en.empty()) details += QStringLiteral("<br><b>%1</b> %2").arg(tr("How to fix:"), text(rule->remedy, language_));
            QStringList refs;
            for (std::string_view ref : rule->refs) refs << QString::fromUtf8(ref.data(), qsizetype(ref.size())).toHtmlEscaped();
            if (!refs.isEmpty()) details += QStringLiteral("<br><small>%1 %2</small>").arg(tr("References:"), refs.join(QStringLiteral(", ")));
            html += QStringLiteral("<tr><td></td><td colspan='2'>%1</td></tr>").arg(details);
        }
    }
    html += QStringLiteral("</table>");
    const int scroll = browser_->verticalScrollBar()->value();
    browser_->setHtml(html);
    browser_->verticalScrollBar()->setValue(scroll);
}

void GuideView::retranslate()
{
    search_->setPlaceholderText(tr("Search practices, rules and checks"));
    search_->setAccessibleName(tr("Search the guide"));
    list_->setAccessibleName(tr("Practices"));
    browser_->setAccessibleName(tr("Practice card"));
    render();
}

void GuideView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

} // namespace dw::ui
