#include "findings/practice_names.h"

#include "findings/catalogue.h"

#include <QCoreApplication>

namespace dw::ui {
namespace {

class PracticeNames {
    Q_DECLARE_TR_FUNCTIONS(PracticeNames)
  public:
    static QString name(findings::Practice practice)
    {
        using findings::Practice;
        switch (practice) {
        case Practice::MinimalBaseImage: return tr("Minimal base image");
        case Practice::LeastPrivilegeUser: return tr("Non-root user");
        case Practice::SignedImages: return tr("Signed and verified images");
        case Practice::VulnerabilityScanning: return tr("Vulnerability scanning");
        case Practice::NoSecrets: return tr("No secrets in images");
        case Practice::ImmutableTags: return tr("Pinned tags and digests");
        case Practice::ImageMetadata: return tr("LABEL metadata");
        case Practice::CopyOverAdd: return tr("COPY over ADD");
        case Practice::FewerLayers: return tr("Merged RUN layers");
        case Practice::BuildCache: return tr("Build cache");
        case Practice::MultiStage: return tr("Multi-stage builds");
        case Practice::StaticAnalysis: return tr("Static analysis");
        case Practice::RuntimeHardening: return tr("Runtime hardening");
        }
        return {};
    }
};

} // namespace

QString practiceDisplayName(findings::Practice practice)
{
    return PracticeNames::name(practice);
}

std::optional<findings::Practice> practiceOf(const findings::Finding& finding)
{
    if (const findings::RuleDescription* rule = findings::findRule(finding.rule)) return rule->practice;
    return std::nullopt;
}

} // namespace dw::ui
