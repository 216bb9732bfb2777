#include "findings/finding_html.h"

#include "findings/problems_model.h"
#include "findings/severity_style.h"

#include <QCoreApplication>

namespace dw::ui {
namespace {

class FindingCard {
    Q_DECLARE_TR_FUNCTIONS(FindingCard)
  public:
    static QString html(const findings::Finding& finding, findings::Language language)
    {
        auto text = [](const std::string& value) { return QString::fromStdString(value).toHtmlEscaped(); };
        const QString colour = severityColor(finding.severity).name();
        QString html = QStringLiteral("<p><b style='color:%1'>%2</b> &nbsp;<code>%3</code> &nbsp;<b>%4</b></p>")
                           .arg(colour, severityDisplayName(finding.severity), text(finding.rule),
                                text(findings::titleOf(finding).in(language)));
        const std::string& message = finding.message.in(language);
        if (!message.empty()) html += QStringLiteral("<p>%1</p>").arg(text(message));
        if (!finding.evidence.empty())
            html += QStringLiteral("<p><b>%1</b> <code>%2</code></p>").arg(tr("Seen:"), text(finding.evidence));
        const std::string& remedy = finding.remedy.in(language);
        if (!remedy.empty()) html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("How to fix:"), text(remedy));
        for (const auto& fix : finding.fixes)
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Quick fix:"), text(fix.title.in(language)));
        if (!finding.refs.empty()) {
            QStringList refs;
            for (const auto& ref : finding.refs) refs << text(ref);
            html += QStringLiteral("<p><small>%1 %2</small></p>").arg(tr("References:"), refs.join(QStringLiteral(", ")));
        }
        html += QStringLiteral("<p><a href='guide:%1'>%2</a></p>").arg(text(finding.rule), tr("Why? How to fix"));
        return html;
    }
};

} // namespace

QString findingHtml(const findings::Finding& finding, findings::Language language)
{
    return FindingCard::html(finding, language);
}

} // namespace dw::ui
