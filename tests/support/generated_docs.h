// A generated document (docs/*.md) must match what the code generates now; DW_REGENERATE_DOCS=1 rewrites it.
#pragma once

#include <QFile>
#include <QString>
#include <QtTest>

#include <string>

namespace dw::test {

/// Fails the calling test when the file at `path` is not `expected`; `regenerate` says which command rewrites it.
inline void verifyGeneratedDoc(const QString& path, const std::string& expected, const QString& regenerate)
{
    if (qEnvironmentVariableIsSet("DW_REGENERATE_DOCS")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(expected.data(), qint64(expected.size()));
    }
    QFile docs(path);
    QVERIFY2(docs.open(QIODevice::ReadOnly), qPrintable(path + QStringLiteral(" is missing")));
    QVERIFY2(docs.readAll().toStdString() == expected,
             qPrintable(path + QStringLiteral(" is stale: regenerate it with `DW_REGENERATE_DOCS=1 %1`").arg(regenerate)));
}

} // namespace dw::test
