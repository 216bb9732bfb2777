// The editor's settings shared with the command line: rule choices and waivers written into .dockwarden.yaml,
// and build arguments reaching every lint.
#include "support/gui_fixture.h"

#include "findings/problems_model.h"
#include "settings/rules_model.h"
#include "settings/rules_page.h"
#include "settings/settings_dialog.h"
#include "settings/endpoint_page.h"
#include "host/host_session.h"
#include "engine/endpoint.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QDir>
#include <QSignalSpy>
#include <QTreeView>
#include <QPushButton>
#include <QLineEdit>
#include <QCheckBox>

using namespace dw;
using test::problemRules;

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

    void dockerEndpointsListedAddedAndUsed()
    {
        QTemporaryDir config;
        const QString meta = config.filePath(QStringLiteral("contexts/meta/") +
                                             QString::fromStdString(engine::contextDirName("build-farm")));
        QVERIFY(QDir().mkpath(meta));
        QFile file(meta + QStringLiteral("/meta.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        // An escaped literal: moc's lexer trips over raw strings holding "//".
        file.write("{\"Name\":\"build-farm\",\"Metadata\":{\"Description\":\"CI\"},"
                   "\"Endpoints\":{\"docker\":{\"Host\":\"tcp://farm.example:2376\"}}}");
        file.close();
        qputenv("DOCKER_CONFIG", config.path().toUtf8());

        ui::AppSettings settings = ui::AppSettings::load();
        ui::SettingsDialog dialog(settings, {});
        ui::EndpointPage* page = dialog.endpointPage();
        QVERIFY(page);
        new QAbstractItemModelTester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &dialog);
        // Automatic first, then the context found.
        QCOMPARE(page->model()->rowCount(), 2);
        QCOMPARE(page->model()->entryAt(1)->name, QStringLiteral("build-farm"));
        QCOMPARE(page->model()->entryAt(1)->address, QStringLiteral("tcp://farm.example:2376"));
        QCOMPARE(page->model()->usedRow(), 0);

        // Choosing the context: the settings name it, and the window reconnects to it.
        QSignalSpy changed(&dialog, &ui::SettingsDialog::settingsChanged);
        page->view()->setCurrentIndex(page->model()->index(1, 0));
        QTest::mouseClick(page->useButton(), Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(dialog.settings().dockerContext, QStringLiteral("build-farm"));
        QVERIFY(dialog.settings().dockerHost.isEmpty());

        // Adding a TLS endpoint through the dialog: it is saved and used.
        QTemporaryDir certs;
        for (const char* name : {"ca.pem", "cert.pem", "key.pem"}) {
            QFile pem(certs.filePath(QString::fromLatin1(name)));
            QVERIFY(pem.open(QIODevice::WriteOnly));
            pem.write("pem");
        }
        ui::EndpointDialog add;
        QTest::keyClicks(add.urlEdit(), QStringLiteral("tcp://build-host:2376"));
        add.tlsBox()->setChecked(true);
        QTest::keyClicks(add.caEdit(), certs.filePath(QStringLiteral("ca.pem")));
        const ui::SavedEndpoint typed = add.endpoint();
        QVERIFY(typed.tls);
        QCOMPARE(typed.caFile, certs.filePath(QStringLiteral("ca.pem")));
        page->addEndpoint(typed);
        QCOMPARE(page->model()->rowCount(), 3);
        ui::AppSettings chosen = dialog.settings();
        QCOMPARE(chosen.dockerHost, QStringLiteral("tcp://build-host:2376"));
        QVERIFY(chosen.dockerContext.isEmpty());
        QCOMPARE(chosen.endpoints.size(), 1);
        chosen.save();
        const ui::AppSettings reloaded = ui::AppSettings::load();
        QCOMPARE(reloaded.endpoints.size(), 1);
        QVERIFY(reloaded.endpoints.first().tls);
        QCOMPARE(reloaded.endpoints.first().caFile, typed.caFile);

        // The window resolves it with its TLS files (and reports that nothing answers there).
        ui::MainWindow window;
        QTRY_VERIFY_WITH_TIMEOUT(window.hostView()->session()->state() == ui::HostSession::State::Failed, 20000);
        QCOMPARE(window.hostView()->session()->endpoint()->caFile, typed.caFile.toStdString());
        QVERIFY(window.hostView()->session()->endpoint()->tls);

        // Removing it goes back to the automatic choice.
        page->view()->setCurrentIndex(page->model()->index(2, 0));
        QTest::mouseClick(page->removeButton(), Qt::LeftButton);
        QCOMPARE(page->model()->rowCount(), 2);
        QVERIFY(dialog.settings().dockerHost.isEmpty());
        QVERIFY(dialog.settings().endpoints.isEmpty());
        ui::AppSettings cleared = dialog.settings();
        cleared.save();
        qputenv("DOCKER_CONFIG", "");
    }
};

QTEST_MAIN(TestGuiSettings)
#include "tst_gui_settings.moc"
