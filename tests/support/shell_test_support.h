// Helpers shared by the shell-model tests (tst_shell.cpp, tst_shell_commands.cpp).
#pragma once

#include "shell/shell_script.h"

#include <QStringList>
#include <QTest>

#include <algorithm>
#include <limits>
#include <string>

using dw::sh::Command;
using dw::sh::Script;
using dw::sh::Separator;
using dw::sh::Word;

namespace {

[[maybe_unused]] std::string toStd(const QByteArray& bytes) {
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

[[maybe_unused]] Script parseBytes(const QByteArray& script) {
    return dw::sh::parse(toStd(script));
}

[[maybe_unused]] QString join(const std::vector<Word>& words) {
    QStringList texts;
    for (const Word& word : words)
        texts << QString::fromStdString(word.text);
    return texts.join(',');
}

/// Each command as its assignments and words joined by ',', commands joined by " ; ".
[[maybe_unused]] QString summary(const Script& script) {
    QStringList commands;
    for (const Command& command : script.commands) {
        QStringList parts;
        if (!command.assignments.empty()) parts << join(command.assignments);
        if (!command.words.empty()) parts << join(command.words);
        commands << parts.join(',');
    }
    return commands.join(" ; ");
}

[[maybe_unused]] QString separatorName(Separator separator) {
    switch (separator) {
    case Separator::None:
        return "none";
    case Separator::And:
        return "and";
    case Separator::Or:
        return "or";
    case Separator::Semicolon:
        return "semi";
    case Separator::Pipe:
        return "pipe";
    case Separator::Background:
        return "bg";
    }
    return "?";
}

/// Checks the invariants every parse must keep, whatever the input.
[[maybe_unused]] void verifyWellFormed(const Script& script) {
    std::size_t previousBegin = 0;
    for (const Command& command : script.commands) {
        QVERIFY(command.begin <= command.end);
        QVERIFY(command.end <= script.text.size());
        QVERIFY(command.begin >= previousBegin);
        previousBegin = command.begin;
        for (const auto* words : {&command.assignments, &command.words, &command.redirections}) {
            for (const Word& word : *words) {
                QVERIFY(word.begin <= word.end);
                QVERIFY(word.begin >= command.begin && word.end <= command.end);
                QCOMPARE(script.text.substr(word.begin, word.end - word.begin), word.raw());
            }
        }
    }
}

[[maybe_unused]] Command commandOf(const QByteArray& text) {
    const Script script = parseBytes(text);
    return script.commands.empty() ? Command{} : script.commands.front();
}

} // namespace

