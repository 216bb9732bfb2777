// util::InOrderOutput: pieces handed in from any thread in any order come out in their order, as soon as they can,
// gathered into few writes by util::GatheredWrites.
#include "util/in_order_output.h"
#include "util/parallel_for.h"

#include <QtTest>

#include <algorithm>
#include <numeric>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

using dw::util::GatheredWrites;
using dw::util::InOrderOutput;

namespace {

std::string pieceText(std::size_t index) { return "piece " + std::to_string(index) + "\n"; }

std::string allPieces(std::size_t count)
{
    std::string text;
    for (std::size_t i = 0; i < count; ++i) text += pieceText(i);
    return text;
}

} // namespace

class TestInOrderOutput : public QObject {
    Q_OBJECT

  private slots:
    void piecesComeOutInOrder_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<unsigned>("seed");
        QTest::newRow("one piece") << 1 << 1u;
        QTest::newRow("reversed order") << 50 << 0u;
        QTest::newRow("shuffled, seed 7") << 500 << 7u;
        QTest::newRow("shuffled, seed 99") << 2000 << 99u;
    }
    void piecesComeOutInOrder()
    {
        QFETCH(int, count);
        QFETCH(unsigned, seed);
        std::vector<std::size_t> order(static_cast<std::size_t>(count));
        std::iota(order.begin(), order.end(), std::size_t(0));
        if (seed == 0) std::reverse(order.begin(), order.end());
        else std::shuffle(order.begin(), order.end(), std::mt19937(seed));
        std::string out;
        {
            InOrderOutput output(order.size(), [&out](std::string_view text) { out += text; });
            for (const std::size_t index : order) {
                output.put(index, pieceText(index));
                output.flush();
                // Whatever is out is a run of whole pieces from the first: nothing jumps ahead of a missing one.
                QCOMPARE(out, allPieces(output.written()));
            }
            QCOMPARE(output.written(), order.size());
        }
        QCOMPARE(out, allPieces(order.size()));
    }

    void pieceWaitsForTheOnesBeforeIt()
    {
        std::string out;
        InOrderOutput output(3, [&out](std::string_view text) { out += text; });
        output.put(2, "c");
        output.put(1, "b");
        output.flush();
        QCOMPARE(out, std::string());
        QCOMPARE(output.written(), std::size_t(0));
        output.put(0, "a");
        output.flush();
        QCOMPARE(out, std::string("abc"));
        QCOMPARE(output.written(), std::size_t(3));
    }

    void destructionPutsOutWhatIsGathered()
    {
        std::string out;
        {
            InOrderOutput output(2, [&out](std::string_view text) { out += text; });
            output.put(0, "first ");
            output.put(1, "second");
            QCOMPARE(out, std::string()); // small pieces are gathered, not written one by one
        }
        QCOMPARE(out, std::string("first second"));
    }

    void smallPiecesAreGatheredIntoFewWrites()
    {
        const std::size_t count = 20000;
        std::vector<std::size_t> writeSizes;
        std::string out;
        {
            InOrderOutput output(count, [&](std::string_view text) {
                writeSizes.push_back(text.size());
                out += text;
            });
            for (std::size_t i = 0; i < count; ++i) output.put(i, pieceText(i));
        }
        QCOMPARE(out, allPieces(count));
        QVERIFY(writeSizes.size() <= out.size() / (InOrderOutput::kGatherBytes / 2) + 1);
        for (const std::size_t size : writeSizes) QVERIFY(size <= InOrderOutput::kGatherBytes);
    }

    void largePieceGoesOutWhole()
    {
        const std::string large(3 * InOrderOutput::kGatherBytes, 'x');
        std::vector<std::string> writes;
        {
            InOrderOutput output(3, [&writes](std::string_view text) { writes.emplace_back(text); });
            output.put(0, "head");
            output.put(1, large);
            output.put(2, "tail");
        }
        QCOMPARE(writes.size(), std::size_t(3));
        QCOMPARE(writes[0], std::string("head"));
        QCOMPARE(writes[1], large);
        QCOMPARE(writes[2], std::string("tail"));
    }

    void piecesFromManyThreads()
    {
        const std::size_t count = 3000;
        std::string out;
        {
            InOrderOutput output(count, [&out](std::string_view text) { out += text; });
            dw::util::parallelFor(count, 4, [&output](std::size_t index, std::size_t) {
                output.put(index, pieceText(index));
            });
        }
        QCOMPARE(out, allPieces(count));
    }

    void gathererJoinsShortPiecesAndPassesLongOnes()
    {
        std::vector<std::string> runs;
        {
            GatheredWrites out([&runs](std::string_view text) { runs.emplace_back(text); });
            out.flush(); // nothing gathered: the sink is not called
            QVERIFY(runs.empty());
            const std::string third(GatheredWrites::kRunBytes / 3, 'a');
            for (int i = 0; i < 4; ++i) out.add(third); // three fit in a run, the fourth starts the next
            QCOMPARE(runs.size(), std::size_t(1));
            QCOMPARE(runs[0], third + third + third);
            const std::string whole(GatheredWrites::kRunBytes, 'b');
            out.add(whole); // what was gathered goes first, then the long piece on its own
            QCOMPARE(runs.size(), std::size_t(3));
            QCOMPARE(runs[1], third);
            QCOMPARE(runs[2], whole);
            out.add("tail");
            QCOMPARE(runs.size(), std::size_t(3));
        }
        QCOMPARE(runs.size(), std::size_t(4)); // put out when the gatherer goes
        QCOMPARE(runs[3], std::string("tail"));
    }

    void gathererOutlivesAThrowingSinkAtTheEnd()
    {
        int calls = 0;
        {
            GatheredWrites out([&calls](std::string_view) {
                ++calls;
                throw std::runtime_error("disk full");
            });
            out.add("x");
        }
        QCOMPARE(calls, 1);
    }

    void misuseIsRefused()
    {
        InOrderOutput output(2, [](std::string_view) {});
        output.put(1, "b");
        QCOMPARE(refusal([&output] { output.put(1, "again"); }), std::string("InOrderOutput: a piece handed in twice"));
        QCOMPARE(refusal([&output] { output.put(2, "c"); }),
                 std::string("InOrderOutput: a piece numbered past the last one"));
    }

  private:
    template <typename Call> static std::string refusal(Call&& call)
    {
        try {
            call();
        } catch (const std::logic_error& error) {
            return error.what();
        }
        return "not refused";
    }
};

QTEST_APPLESS_MAIN(TestInOrderOutput)
#include "tst_in_order_output.moc"
