// The byte searches of util/byte_scan.h (16 bytes at a time where the CPU allows) give what a plain loop or
// std::string_view::find gives, on random texts over a small alphabet, at every start offset, across block edges;
// util::hasLowerAt, util::containsLower, util::equalsLower and util::hasAsciiUpper, the in-place case-blind
// comparisons and search that the scans' callers use, agree with a lower-cased copy; util::concat joins as a chain
// of `+` does.
#include "util/byte_scan.h"
#include "util/text.h"

#include <QtTest>

#include <array>
#include <random>
#include <string>
#include <vector>

using namespace dw::util;

namespace {

std::string randomText(std::mt19937& random, std::size_t size, std::string_view alphabet)
{
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    std::string text(size, ' ');
    for (char& c : text) c = alphabet[pick(random)];
    return text;
}

QByteArray describe(std::string_view text, std::size_t from)
{
    return QByteArray("text \"") + QByteArray(text.data(), static_cast<qsizetype>(text.size())) + "\" from " +
           QByteArray::number(static_cast<qulonglong>(from));
}

std::size_t naiveEither(std::string_view text, std::size_t from, char a, char b)
{
    for (std::size_t at = from; at < text.size(); ++at)
        if (text[at] == a || text[at] == b) return at;
    return std::string_view::npos;
}

template <std::size_t N> std::vector<std::size_t> naiveWordStarts(std::string_view text, std::size_t from, const std::array<char, N>& firsts)
{
    std::vector<std::size_t> out;
    for (std::size_t at = from; at < text.size(); ++at) {
        if (at > 0 && isWordByte(text[at - 1])) continue;
        for (const char first : firsts)
            if (text[at] == first) out.push_back(at);
    }
    return out;
}

} // namespace

class TestByteScan : public QObject {
    Q_OBJECT

  private slots:
    void findAnchoredIsFind()
    {
        std::mt19937 random(7);
        const std::vector<std::string_view> needles = {"", "e", "eyJ", "-----BEGIN ", "ab", "aab", "ba-", "--"};
        for (int round = 0; round < 400; ++round) {
            const std::string text = randomText(random, static_cast<std::size_t>(round % 70), "ab-eyJ BEGIN");
            for (std::string_view needle : needles) {
                for (std::size_t anchor = 0; anchor <= needle.size(); ++anchor) { // == size: past the needle
                    for (std::size_t from = 0; from <= text.size() + 1; ++from) {
                        const std::size_t expected = std::string_view(text).find(needle, from);
                        const std::size_t found = findAnchored(text, needle, anchor, from);
                        QVERIFY2(found == expected, describe(text, from) + " needle \"" +
                                                        QByteArray(needle.data(), static_cast<qsizetype>(needle.size())) +
                                                        "\" anchor " + QByteArray::number(static_cast<qulonglong>(anchor)));
                    }
                }
            }
        }
    }

    void findAnchoredFindsEveryOccurrenceInTurn()
    {
        const std::string text = "xeyJaeyJeyJ-eyJ";
        std::vector<std::size_t> found;
        for (std::size_t at = findAnchored(text, "eyJ", 2); at != std::string_view::npos;
             at = findAnchored(text, "eyJ", 2, at + 1))
            found.push_back(at);
        QCOMPARE(found, (std::vector<std::size_t>{1, 5, 8, 12}));
    }

    void findEitherIsALoop()
    {
        std::mt19937 random(11);
        for (int round = 0; round < 300; ++round) {
            const std::string text = randomText(random, static_cast<std::size_t>(round % 60), "abc=:");
            for (std::size_t from = 0; from <= text.size(); ++from)
                QVERIFY2(findEither(text, from, '=', ':') == naiveEither(text, from, '=', ':'), describe(text, from));
        }
    }

    void findWordStartsVisitsEveryWordStartInOrder()
    {
        std::mt19937 random(13);
        constexpr std::array<char, 3> firsts{'A', 'g', 'x'};
        for (int round = 0; round < 300; ++round) {
            // Letters, digits, '_' and bytes from 0x80 up around the wanted ones: only word bytes hide a start.
            const std::string text = randomText(random, static_cast<std::size_t>(round % 60), "Agx_b9 -\x80\xff");
            for (std::size_t from = 0; from <= text.size(); ++from) {
                std::vector<std::size_t> visited;
                const std::size_t stop = findWordStarts(text, from, firsts, [&](std::size_t at) {
                    visited.push_back(at);
                    return false;
                });
                QCOMPARE(stop, std::string_view::npos);
                QVERIFY2(visited == naiveWordStarts(text, from, firsts), describe(text, from));
            }
        }
    }

    void findWordStartsStopsWhereTheVisitorSays()
    {
        const std::string text = "A gA x_g g xx";
        std::vector<std::size_t> visited;
        const std::size_t stop = findWordStarts(text, 0, std::array<char, 2>{'g', 'x'}, [&](std::size_t at) {
            visited.push_back(at);
            return at == 9;
        });
        QCOMPARE(stop, std::size_t{9}); // 7 follows '_', a word byte, and 11 is never asked about
        QCOMPARE(visited, (std::vector<std::size_t>{2, 5, 9}));
    }

    void containsLowerIsALowerCasedCopysFind()
    {
        std::mt19937 random(23);
        // Parts of letters only (found through their first letter) and parts with a byte whose case cannot vary
        // (found through that byte), in texts long enough to cross the 16-byte blocks of findEither.
        for (const std::string_view part : {std::string_view(""), std::string_view("t"), std::string_view("tru"),
                                            std::string_view("t=y"), std::string_view("=y"), std::string_view("tt="),
                                            std::string_view("t=t=")}) {
            for (int round = 0; round < 300; ++round) {
                const std::string text = randomText(random, static_cast<std::size_t>(round % 40), "tTyY=\xc3");
                const bool expected = asciiLower(text).find(part) != std::string::npos;
                QVERIFY2(containsLower(text, part) == expected, describe(text, 0) + " part " + QByteArray(part.data(), qsizetype(part.size())));
            }
        }
        static_assert(containsLower("Acquire::https::Verify-Peer=FALSE", "verify-peer=false"));
        static_assert(!containsLower("deb [trusted=no] http://x", "trusted=yes"));
    }

    void concatJoinsLikeAChainOfPlus()
    {
        std::mt19937 random(29);
        for (int round = 0; round < 200; ++round) {
            const std::string a = randomText(random, static_cast<std::size_t>(round % 9), "ab\xc3\xa9");
            const std::string b = randomText(random, static_cast<std::size_t>(round % 23), "`c ");
            const std::string c = randomText(random, static_cast<std::size_t>(round % 40), "d\"");
            const std::string joined = concat({a, "` label ", b, c, "", "标签"});
            QCOMPARE(joined, a + "` label " + b + c + "标签");
        }
        QCOMPARE(concat({}), std::string());
    }

    void hasLowerAtIsALowerCasedCopysCompare()
    {
        std::mt19937 random(17);
        for (const std::string_view word : {std::string_view(""), std::string_view("s"), std::string_view("sudo"),
                                            std::string_view("su_do")}) {
            for (int round = 0; round < 200; ++round) {
                const std::string text = randomText(random, static_cast<std::size_t>(round % 12), "sSuUdDoO_\xc3");
                const std::string lower = asciiLower(text);
                for (std::size_t at = 0; at <= text.size() + 1; ++at) {
                    const bool expected = at <= lower.size() && lower.compare(at, word.size(), word) == 0 &&
                                          lower.size() - at >= word.size();
                    QVERIFY2(hasLowerAt(text, at, word) == expected, describe(text, at));
                }
            }
        }
        QVERIFY(hasLowerAt("apt-get install SUDO", 16, "sudo"));
        QVERIFY(!hasLowerAt("apt-get install SUD", 16, "sudo")); // runs off the end
        QVERIFY(!hasLowerAt("sudo", 5, ""));                     // past the end, even for the empty word
        static_assert(hasLowerAt("DB_PassWord", 3, "password"));
    }

    void equalsLowerAndHasAsciiUpperAreALowerCasedCopysCompare()
    {
        std::mt19937 random(31);
        for (const std::string_view word : {std::string_view(""), std::string_view("s"), std::string_view("scratch")}) {
            for (int round = 0; round < 300; ++round) {
                const std::string text = randomText(random, static_cast<std::size_t>(round % 9),
                                                    round % 2 ? "sScCrRaAtThH" : "sS\xc3\x89@[`");
                const std::string lower = asciiLower(text);
                QVERIFY2(equalsLower(text, word) == (lower == word), describe(text, 0));
                QVERIFY2(hasAsciiUpper(text) == (lower != text), describe(text, 0));
            }
        }
        static_assert(equalsLower("SCRATCH", "scratch") && !equalsLower("scratch2", "scratch"));
        static_assert(!hasAsciiUpper("\xc3\x89t\xc3\xa9@[") && hasAsciiUpper("Z"));
    }
};

QTEST_APPLESS_MAIN(TestByteScan)
#include "tst_byte_scan.moc"
