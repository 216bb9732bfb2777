// Every image check is complete (id, both languages, references) and docs/image-checks.md is current.
#include "image/image_check.h"
#include "image/image_check_docs.h"

#include <QFile>
#include <QtTest>

#include <set>

using namespace dw;

class TestImageDocs : public QObject {
    Q_OBJECT

private slots:
    void everyCheckIsComplete()
    {
        std::set<std::string_view> ids;
        QVERIFY(image::imageAnalysisChecks().size() >= 20);
        for (const auto& check : image::imageAnalysisChecks()) {
            const findings::CheckInfo& info = check->info();
            const QByteArray id(info.id.data(), qsizetype(info.id.size()));
            QVERIFY2(ids.insert(info.id).second, "duplicate id " + id);
            QVERIFY2(info.id.size() == 6 && info.id.starts_with("DWI"), id);
            for (const findings::LocalizedText* text : {&info.title, &info.explanation, &info.remedy}) {
                QVERIFY2(!text->en.empty(), "missing English text: " + id);
                QVERIFY2(!text->zh.empty(), "missing Chinese text: " + id);
                QVERIFY2(text->en != text->zh, "untranslated text: " + id);
            }
        }
    }

    void docsAreCurrent()
    {
        const QString path = QStringLiteral(DW_TEST_DATA "/../../docs/image-checks.md");
        const std::string expected = image::imageChecksMarkdown();
        if (qEnvironmentVariableIsSet("DW_REGENERATE_DOCS")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(expected.data(), qint64(expected.size()));
        }
        QFile docs(path);
        QVERIFY2(docs.open(QIODevice::ReadOnly), "docs/image-checks.md is missing");
        QVERIFY2(docs.readAll().toStdString() == expected,
                 "docs/image-checks.md is stale: regenerate it with `DW_REGENERATE_DOCS=1 build/tests/tst_image_docs`");
        for (const auto& check : image::imageAnalysisChecks())
            QVERIFY(expected.find("\n## " + std::string(check->info().id) + "\n") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestImageDocs)
#include "tst_image_docs.moc"
