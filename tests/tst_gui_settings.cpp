// The editor's settings shared with the command line: rule choices and waivers written into .dockwarden.yaml,
// and build arguments reaching every lint.
#include "support/gui_fixture.h"

#include "findings/problems_model.h"
#include "settings/rules_model.h"
#include "settings/rules_page.h"
#include "settings/settings_dialog.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace dw;

namespace {

QStringList problemRules(const ui::ProblemsModel& model, const QString& file = {})
{
    QStringList rules;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (!file.isEmpty() && index.data(ui::ProblemsModel::FileRole).toString() != file) continue;
        rules << index.data(ui::ProblemsModel::RuleRole).toString();
    }
    return rules;
}

} // namespace

class TestGuiSettings : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() { test::isolateSettings(); }

    void ruleSettingsAreSharedWithTheCli()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Dockerfile"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("FROM ubuntu\nMAINTAINER me\n");
        file.close();
        ui::MainWindow window;
        QString error;
        ui::EditorTab* tab = window.editorArea()->openFile(path, error);
        QVERIFY(tab);
        QVERIFY(test::settle(window));
        QVERIFY(problemRules(*window.problemsModel(), tab->key()).contains(QStringLiteral("DL4000")));
        QCOMPARE(window.rulesFile(), dir.filePath(QStringLiteral(".dockwarden.yaml")));
        ui::SettingsDialog dialog(window.settings(), window.rulesFile(), &window);
        connect(&dialog, &ui::SettingsDialog::rulesSaved, &window, [&window] { window.applySettings(window.settings()); });
        ui::RulesModel* rules = dialog.rulesPage()->model();
        QAbstractItemModelTester tester(rules, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QModelIndex dl4000, dl3006;
        for (int row = 0; row < rules->rowCount(); ++row) {
            const QString id = rules->index(row, ui::RulesModel::RuleColumn).data().toString();
            if (id == QLatin1String("DL4000")) dl4000 = rules->index(row, ui::RulesModel::RuleColumn);
            if (id == QLatin1String("DL3006")) dl3006 = rules->index(row, ui::RulesModel::SeverityColumn);
        }
        QVERIFY(dl4000.isValid() && dl3006.isValid());
        QVERIFY(rules->setData(dl4000, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(rules->setData(dl3006, int(findings::Severity::Error), Qt::EditRole));
        QVERIFY(dialog.rulesPage()->save());
        QVERIFY(QFileInfo::exists(window.rulesFile()));
        QVERIFY(test::settle(window));
        QVERIFY(!problemRules(*window.problemsModel(), tab->key()).contains(QStringLiteral("DL4000")));
        bool dl3006IsError = false;
        for (const findings::Finding& f : tab->lastReport()->findings)
            dl3006IsError = dl3006IsError || (f.rule == "DL3006" && f.severity == findings::Severity::Error);
        QVERIFY(dl3006IsError);
        // The command line reads the same file.
        QProcess cli;
        cli.setWorkingDirectory(dir.path());
        cli.start(QStringLiteral(DW_CLI_PATH), {QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("json"), path});
        QVERIFY(cli.waitForFinished(60000));
        const QByteArray json = cli.readAllStandardOutput();
        QVERIFY(!json.contains("\"rule\": \"DL4000\""));
        QVERIFY(json.contains("\"rule\": \"DL3006\",\n          \"severity\": \"error\""));

        // Waiving a rule from the editor writes the waiver beside the rule choices; the finding leaves the
        // problems and the CLI reports it as waived.
        QVERIFY(problemRules(*window.problemsModel(), tab->key()).contains(QStringLiteral("DL3006")));
        QVERIFY(window.waive(tab, QStringLiteral("DL3006"), QStringLiteral("the base image is pinned by the platform team")));
        QVERIFY(test::settle(window));
        QVERIFY(!problemRules(*window.problemsModel(), tab->key()).contains(QStringLiteral("DL3006")));
        QCOMPARE(tab->lastReport()->waived.size(), std::size_t(1));
        cli.start(QStringLiteral(DW_CLI_PATH), {QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("json"), path});
        QVERIFY(cli.waitForFinished(60000));
        const QJsonObject report = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        const QJsonArray waived = report[QStringLiteral("files")].toArray()[0].toObject()[QStringLiteral("waived")].toArray();
        QCOMPARE(waived.size(), 1);
        QCOMPARE(waived[0].toObject()[QStringLiteral("waiver")].toObject()[QStringLiteral("reason")].toString(),
                 QStringLiteral("the base image is pinned by the platform team"));
    }

    void buildArgumentsReachTheLint()
    {
        ui::MainWindow window;
        ui::EditorTab* tab = window.editorArea()->newUntitled(QStringLiteral("ARG BASE\nFROM ${BASE}\n"));
        QVERIFY(test::settle(window));
        QVERIFY(problemRules(*window.problemsModel(), tab->key()).contains(QStringLiteral("InvalidDefaultArgInFrom")));
        ui::AppSettings settings = window.settings();
        settings.buildArgs = {QStringLiteral("BUILDKIT_DOCKERFILE_CHECK=skip=InvalidDefaultArgInFrom")};
        window.applySettings(settings);
        QVERIFY(test::settle(window));
        QVERIFY(!problemRules(*window.problemsModel(), tab->key()).contains(QStringLiteral("InvalidDefaultArgInFrom")));
        settings.buildArgs.clear();
        window.applySettings(settings);
        QVERIFY(test::settle(window));
        tab->editor()->setModified(false);
    }
};

QTEST_MAIN(TestGuiSettings)
#include "tst_gui_settings.moc"
