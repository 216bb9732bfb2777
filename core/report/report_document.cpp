// The report's content, in its language: the one place that decides what a reader of the PDF or HTML sees.
#include "findings/catalogue.h"
#include "guide/guide_index.h"
#include "report/report_blocks.h"

#include <algorithm>
#include <ctime>

namespace dw::report::blocks {
namespace {

using findings::Finding;
using findings::Language;
using findings::LocalizedText;
using findings::Severity;

struct Texts {
    LocalizedText title{"Container security report", "容器安全报告"};
    LocalizedText subtitle{"Dockerfiles, Compose files, Docker hosts and images checked by Dockwarden",
                           "由 Dockwarden 检查的 Dockerfile、Compose 文件、Docker 主机与镜像"};
    LocalizedText targets{"Scanned", "检查对象"};
    LocalizedText date{"Generated", "生成时间"};
    LocalizedText version{"Tool version", "工具版本"};
    LocalizedText language{"Language", "语言"};
    LocalizedText languageName{"English", "简体中文"};
    LocalizedText risk{"Risk score (100: nothing found)", "风险评分（100 表示未发现问题）"};
    LocalizedText contents{"Contents", "目录"};
    LocalizedText page{"Page %1 of %2", "第 %1 页，共 %2 页"};
    LocalizedText summary{"Executive summary", "摘要"};
    LocalizedText trend{"Trend", "趋势"};
    LocalizedText findingsTitle{"Findings", "检查结果"};
    LocalizedText waived{"Waived findings", "已豁免的问题"};
    LocalizedText appendix{"Appendix: practices and checks applied", "附录：采用的实践与检查项"};
    LocalizedText bySeverity{"Findings by severity", "按严重程度统计"};
    LocalizedText byPractice{"Findings by practice", "按安全实践统计"};
    LocalizedText scoreOverTime{"Risk score over time", "风险评分的变化"};
    LocalizedText rule{"Rule", "规则"};
    LocalizedText where{"Where", "位置"};
    LocalizedText details{"Details", "详情"};
    LocalizedText reason{"Reason", "理由"};
    LocalizedText expires{"Expires", "到期日"};
    LocalizedText never{"never", "长期有效"};
    LocalizedText evidence{"Evidence: ", "证据："};
    LocalizedText fix{"Fix: ", "修复："};
    LocalizedText remedy{"Remedy: ", "处理建议："};
    LocalizedText references{"References: ", "参考："};
    LocalizedText practice{"Practice: ", "对应实践："};
    LocalizedText noFindings{"No findings.", "未发现问题。"};
    LocalizedText notScanned{"This target could not be scanned: ", "无法检查此对象："};
    LocalizedText other{"Other checks", "其他检查"};
    LocalizedText why{"Why it matters: ", "为什么重要："};
    LocalizedText whyRule{"Why: ", "原因："};
    LocalizedText how{"What to do: ", "怎么做："};
    LocalizedText checks{"Checks applied: ", "采用的检查项："};
    LocalizedText noWaived{"No finding was waived.", "没有被豁免的问题。"};
    LocalizedText time{"Scanned at", "检查时间"};
    LocalizedText score{"Risk score", "风险评分"};
    LocalizedText errorsCol{"Errors", "错误"};
    LocalizedText warningsCol{"Warnings", "警告"};
    LocalizedText file{"File", "文件"};
    LocalizedText host{"Docker host", "Docker 主机"};
    LocalizedText image{"Image", "镜像"};
};

const Texts& texts()
{
    static const Texts all;
    return all;
}

const LocalizedText& severityText(Severity severity)
{
    static const LocalizedText names[] = {
        {"Error", "错误"}, {"Warning", "警告"}, {"Info", "提示"}, {"Style", "风格"}, {"Ignore", "忽略"}};
    return names[static_cast<int>(severity)];
}

std::string formatTime(std::int64_t unixTime, bool withClock)
{
    const std::time_t time = static_cast<std::time_t>(unixTime);
    std::tm utc{};
    gmtime_r(&time, &utc);
    char text[40];
    std::strftime(text, sizeof text, withClock ? "%Y-%m-%d %H:%M UTC" : "%Y-%m-%d", &utc);
    return text;
}

std::string shortened(const std::string& text, std::size_t limit)
{
    if (text.size() <= limit) return text;
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut; // keep UTF-8 whole
    return text.substr(0, cut) + "…";
}

/// `text` with its `backtick spans` as code runs (the catalogue's texts mark commands and keys that way).
void appendMarked(Inline& out, const std::string& text, Style style)
{
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t open = text.find('`', at);
        const std::size_t close = open == std::string::npos ? std::string::npos : text.find('`', open + 1);
        if (close == std::string::npos) {
            out.push_back(Run{text.substr(at), style});
            return;
        }
        if (open > at) out.push_back(Run{text.substr(at, open - at), style});
        if (close > open + 1) out.push_back(Run{text.substr(open + 1, close - open - 1), Style::Code});
        at = close + 1;
    }
}

Block blockOf(Kind kind)
{
    Block block;
    block.kind = kind;
    return block;
}

std::string cardAnchor(const guide::GuideCard& card) { return "card-" + std::string(card.id); }

class Builder {
  public:
    explicit Builder(const ReportModel& model) : model_(model), lang_(model.settings.language) {}

    Document build()
    {
        Document doc;
        doc.language = lang_ == Language::English ? "en" : "zh-CN";
        doc.title = model_.settings.title.empty() ? t(texts().title) : model_.settings.title;
        doc.contentsTitle = t(texts().contents);
        doc.pageLabel = t(texts().page);
        cover(doc);
        summary(doc);
        trend(doc);
        findingsChapter(doc);
        waivedChapter(doc);
        appendixChapter(doc);
        return doc;
    }

  private:
    const std::string& t(const LocalizedText& text) const { return text.in(lang_); }

    static Block heading(int level, std::string anchor, std::string text)
    {
        Block block;
        block.kind = Kind::Heading;
        block.level = level;
        block.anchor = std::move(anchor);
        block.text = {Run{std::move(text)}};
        return block;
    }

    static Block paragraph(Inline text)
    {
        Block block;
        block.kind = Kind::Paragraph;
        block.text = std::move(text);
        return block;
    }

    std::string kindName(const scan::ScanReport& scan) const
    {
        switch (scan.kind) {
        case findings::Engine::Dockerfile: return t(texts().file);
        case findings::Engine::Host: return t(texts().host);
        case findings::Engine::Image: return t(texts().image);
        }
        return {};
    }

    std::string targetName(const scan::ScanReport& scan) const
    {
        return kindName(scan) + (lang_ == Language::English ? ": " : "：") + scan.target;
    }

    std::string cardTitle(const guide::GuideCard* card) const { return card ? t(card->title) : t(texts().other); }

    void cover(Document& doc) const
    {
        doc.cover.title = doc.title;
        doc.cover.subtitle = t(texts().subtitle);
        std::string targets;
        for (const TargetSection& section : model_.targets)
            targets += (targets.empty() ? "" : "\n") + targetName(*section.scan);
        doc.cover.facts = {{t(texts().targets), targets},
                           {t(texts().date), formatTime(model_.settings.generatedAt, true)},
                           {t(texts().version), "Dockwarden " + model_.settings.toolVersion},
                           {t(texts().language), t(texts().languageName)}};
        doc.cover.riskScore = model_.riskScore;
        doc.cover.riskLabel = t(texts().risk);
        doc.blocks.push_back(blockOf(Kind::Contents));
    }

    void summary(Document& doc) const
    {
        doc.blocks.push_back(heading(1, "summary", t(texts().summary)));
        const auto& counts = model_.bySeverity;
        const int total = counts[0] + counts[1] + counts[2] + counts[3];
        std::string line =
            lang_ == Language::English
                ? std::to_string(model_.targets.size()) + " target(s) scanned, " + std::to_string(total) +
                      " finding(s): " + std::to_string(counts[0]) + " error(s), " + std::to_string(counts[1]) +
                      " warning(s), " + std::to_string(counts[2]) + " info, " + std::to_string(counts[3]) +
                      " style; " + std::to_string(model_.waivedCount) + " waived. The lowest risk score is " +
                      std::to_string(model_.riskScore) + " of 100."
                : "共检查 " + std::to_string(model_.targets.size()) + " 个对象，发现 " + std::to_string(total) +
                      " 个问题：错误 " + std::to_string(counts[0]) + " 个，警告 " + std::to_string(counts[1]) +
                      " 个，提示 " + std::to_string(counts[2]) + " 个，风格 " + std::to_string(counts[3]) +
                      " 个；另有 " + std::to_string(model_.waivedCount) + " 个已豁免。最低风险评分为 " +
                      std::to_string(model_.riskScore) + " 分（满分 100）。";
        doc.blocks.push_back(paragraph({Run{line}}));

        Block severities = blockOf(Kind::Chart);
        severities.chart.caption = t(texts().bySeverity);
        for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info, Severity::Style})
            severities.chart.bars.push_back(
                {t(severityText(severity)), double(counts[static_cast<int>(severity)]), severityColor(severity)});
        doc.blocks.push_back(std::move(severities));

        if (!model_.byPractice.empty()) {
            Block practices = blockOf(Kind::Chart);
            practices.chart.caption = t(texts().byPractice);
            for (const PracticeTotal& total : model_.byPractice)
                practices.chart.bars.push_back({cardTitle(total.card), double(total.count), "#3f6fb5"});
            doc.blocks.push_back(std::move(practices));
        }

        Block table = blockOf(Kind::Table);
        table.table.header = {t(texts().targets), t(texts().score), t(texts().errorsCol), t(texts().warningsCol)};
        table.table.widths = {0.55, 0.15, 0.15, 0.15};
        for (const TargetSection& section : model_.targets) {
            const scan::ScanReport& scan = *section.scan;
            const std::string anchor = "target-" + std::to_string(&section - model_.targets.data());
            table.table.rows.push_back({{Run{targetName(scan), Style::Plain, "#" + anchor}},
                                        {Run{scan.ok() ? std::to_string(scan.risk.score) : "—"}},
                                        {Run{std::to_string(scan.risk.errors)}},
                                        {Run{std::to_string(scan.risk.warnings)}}});
        }
        doc.blocks.push_back(std::move(table));
    }

    void trend(Document& doc) const
    {
        const auto& points = model_.settings.trend;
        if (points.size() < 2) return;
        doc.blocks.push_back(heading(1, "trend", t(texts().trend)));
        Block chart = blockOf(Kind::Chart);
        chart.chart.type = Chart::Type::Line;
        chart.chart.caption = t(texts().scoreOverTime);
        chart.chart.maxValue = 100;
        for (const TrendPoint& point : points)
            chart.chart.bars.push_back({formatTime(point.unixTime, false), double(point.riskScore), "#3f6fb5"});
        doc.blocks.push_back(std::move(chart));
        Block table = blockOf(Kind::Table);
        table.table.header = {t(texts().time), t(texts().score), t(texts().errorsCol), t(texts().warningsCol)};
        table.table.widths = {0.4, 0.2, 0.2, 0.2};
        for (const TrendPoint& point : points)
            table.table.rows.push_back({{Run{formatTime(point.unixTime, true)}},
                                        {Run{std::to_string(point.riskScore)}},
                                        {Run{std::to_string(point.errors)}},
                                        {Run{std::to_string(point.warnings)}}});
        doc.blocks.push_back(std::move(table));
    }

    /// `explain`: the rule's explanation too (its first finding in a group; the others would only repeat it).
    Inline details(const Finding& finding, const guide::GuideCard* card, bool explain) const
    {
        Inline cell;
        const std::string& title = t(findings::titleOf(finding));
        if (!title.empty()) cell.push_back(Run{title, Style::Bold});
        const std::string& message = t(finding.message);
        if (!message.empty() && message != title) {
            if (!cell.empty()) cell.push_back(Run{"\n"});
            appendMarked(cell, shortened(message, 600), Style::Plain);
        }
        const findings::RuleDescription* rule = explain ? findings::findRule(finding.rule) : nullptr;
        if (rule && !t(rule->explanation).empty()) {
            cell.push_back(Run{"\n"});
            cell.push_back(Run{t(texts().whyRule), Style::Muted});
            appendMarked(cell, shortened(t(rule->explanation), 500), Style::Muted);
        }
        if (!finding.evidence.empty()) {
            cell.push_back(Run{"\n"});
            cell.push_back(Run{t(texts().evidence), Style::Muted});
            cell.push_back(Run{shortened(finding.evidence, 300), Style::Code});
        }
        for (const findings::TextFix& fix : finding.fixes) {
            cell.push_back(Run{"\n"});
            cell.push_back(Run{t(texts().fix), Style::Muted});
            appendMarked(cell, t(fix.title), Style::Plain);
        }
        if (!t(finding.remedy).empty()) {
            cell.push_back(Run{"\n"});
            cell.push_back(Run{t(texts().remedy), Style::Muted});
            appendMarked(cell, shortened(t(finding.remedy), 600), Style::Plain);
        }
        if (!finding.refs.empty()) {
            std::string refs;
            for (const std::string& ref : finding.refs) refs += (refs.empty() ? "" : ", ") + ref;
            cell.push_back(Run{"\n"});
            cell.push_back(Run{t(texts().references) + refs, Style::Muted});
        }
        if (card) {
            cell.push_back(Run{"\n"});
            cell.push_back(Run{t(texts().practice) + t(card->title), Style::Muted, "#" + cardAnchor(*card)});
        }
        return cell;
    }

    Block findingsTable() const
    {
        Block table = blockOf(Kind::Table);
        table.table.header = {t(texts().rule), t(texts().where), t(texts().details)};
        table.table.widths = {0.17, 0.23, 0.6};
        return table;
    }

    Inline ruleCell(const Finding& finding) const
    {
        return {Run{t(severityText(finding.severity)), Style::Bold, {}, severityColor(finding.severity)},
                Run{"\n"}, Run{finding.rule, Style::Code}};
    }

    void findingsChapter(Document& doc) const
    {
        doc.blocks.push_back(heading(1, "findings", t(texts().findingsTitle)));
        for (const TargetSection& section : model_.targets) {
            const scan::ScanReport& scan = *section.scan;
            const std::string anchor = "target-" + std::to_string(&section - model_.targets.data());
            doc.blocks.push_back(heading(2, anchor, targetName(scan)));
            if (!scan.ok()) {
                doc.blocks.push_back(paragraph({Run{t(texts().notScanned), Style::Bold}, Run{scan.error}}));
                continue;
            }
            if (section.groups.empty()) doc.blocks.push_back(paragraph({Run{t(texts().noFindings)}}));
            for (const PracticeGroup& group : section.groups) {
                doc.blocks.push_back(heading(3, {}, cardTitle(group.card) + " (" +
                                                        std::to_string(group.findings.size()) + ")"));
                Block table = findingsTable();
                std::vector<std::string> explained;
                for (const Finding* finding : group.findings) {
                    const bool explain =
                        std::find(explained.begin(), explained.end(), finding->rule) == explained.end();
                    if (explain) explained.push_back(finding->rule);
                    table.table.rows.push_back({ruleCell(*finding),
                                                {Run{findings::locationText(finding->location)}},
                                                details(*finding, group.card, explain)});
                }
                doc.blocks.push_back(std::move(table));
            }
        }
    }

    void waivedChapter(Document& doc) const
    {
        doc.blocks.push_back(heading(1, "waived", t(texts().waived)));
        if (model_.waivedCount == 0) {
            doc.blocks.push_back(paragraph({Run{t(texts().noWaived)}}));
            return;
        }
        Block table = blockOf(Kind::Table);
        table.table.header = {t(texts().rule), t(texts().where), t(texts().reason), t(texts().expires)};
        table.table.widths = {0.17, 0.28, 0.4, 0.15};
        for (const TargetSection& section : model_.targets)
            for (const auto& held : section.scan->waived) {
                Inline reason{Run{held.waiver.reason}};
                if (!t(held.finding.message).empty()) {
                    reason.push_back(Run{"\n"});
                    reason.push_back(Run{shortened(t(held.finding.message), 300), Style::Muted});
                }
                table.table.rows.push_back(
                    {ruleCell(held.finding),
                     {Run{section.scan->target + "\n" + findings::locationText(held.finding.location)}},
                     std::move(reason),
                     {Run{held.waiver.expires.empty() ? t(texts().never) : held.waiver.expires}}});
            }
        doc.blocks.push_back(std::move(table));
    }

    void appendixChapter(Document& doc) const
    {
        doc.blocks.push_back(heading(1, "appendix", t(texts().appendix)));
        const std::vector<findings::Engine> engines = model_.engines();
        for (const guide::GuideCard* card : model_.appendix) {
            doc.blocks.push_back(heading(2, cardAnchor(*card), t(card->title)));
            doc.blocks.push_back(paragraph({Run{t(card->summary), Style::Bold}}));
            doc.blocks.push_back(paragraph({Run{t(texts().why), Style::Muted}, Run{t(card->why)}}));
            doc.blocks.push_back(paragraph({Run{t(texts().how), Style::Muted}, Run{t(card->how)}}));
            std::string ids;
            for (std::string_view rule : guide::rulesOfCard(*card)) {
                const findings::RuleDescription* description = findings::findRule(rule);
                if (description && std::find(engines.begin(), engines.end(), description->engine) != engines.end())
                    ids += (ids.empty() ? "" : ", ") + std::string(rule);
            }
            doc.blocks.push_back(paragraph({Run{t(texts().checks), Style::Muted}, Run{ids, Style::Code}}));
        }
    }

    const ReportModel& model_;
    Language lang_;
};

} // namespace

std::string severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error: return "#c62828";
    case Severity::Warning: return "#d9730d";
    case Severity::Info: return "#1f6fb2";
    case Severity::Style: return "#6b6b6b";
    case Severity::Ignore: break;
    }
    return "#9e9e9e";
}

Document reportDocument(const ReportModel& model) { return Builder(model).build(); }

} // namespace dw::report::blocks
