// util::InlineVector holds what a std::vector would, in the same order, across the switch from its inline slots to
// the heap, through copies, moves and clears.
#include "util/inline_vector.h"

#include <QtTest>

#include <random>
#include <utility>
#include <vector>

using dw::util::InlineVector;

namespace {

struct Pair {
    int a = 0;
    int b = 0;
    friend bool operator==(const Pair&, const Pair&) = default;
};

template <std::size_t N>
bool sameAs(const InlineVector<Pair, N>& small, const std::vector<Pair>& reference)
{
    if (small.size() != reference.size() || small.empty() != reference.empty()) return false;
    if (small.isInline() != (reference.size() <= N)) return false;
    for (std::size_t i = 0; i < reference.size(); ++i)
        if (!(small[i] == reference[i])) return false;
    return std::equal(small.begin(), small.end(), reference.begin(), reference.end());
}

} // namespace

class TestInlineVector : public QObject {
    Q_OBJECT

  private slots:
    void fillsAcrossTheInlineSlots_data()
    {
        QTest::addColumn<int>("count");
        for (int count : {0, 1, 2, 3, 4, 17})
            QTest::newRow(qPrintable(QStringLiteral("%1 entries").arg(count))) << count;
    }

    void fillsAcrossTheInlineSlots()
    {
        QFETCH(int, count);
        InlineVector<Pair, 2> small;
        std::vector<Pair> reference;
        for (int i = 0; i < count; ++i) {
            small.push_back({i, -i});
            reference.push_back({i, -i});
            QVERIFY(sameAs(small, reference));
        }
        if (count > 0) {
            QCOMPARE(small.front().a, 0);
            QCOMPARE(small.back().a, count - 1);
        }
        InlineVector<Pair, 2> copy = small;
        QVERIFY(copy == small);
        QVERIFY(sameAs(copy, reference));
        InlineVector<Pair, 2> moved = std::move(copy);
        QVERIFY(sameAs(moved, reference));
        small.clear();
        QVERIFY(small.empty());
        QVERIFY(small.isInline());
        QVERIFY(sameAs(moved, reference)); // a copy owns its entries
        if (count > 0) QVERIFY(!(small == moved));
    }

    void randomOperationsMatchStdVector()
    {
        std::mt19937 random(13);
        InlineVector<Pair, 3> small;
        std::vector<Pair> reference;
        for (int step = 0; step < 20000; ++step) {
            const unsigned what = random() % 100;
            if (what < 3) {
                small.clear();
                reference.clear();
            } else if (what < 6) {
                InlineVector<Pair, 3> copy(small);
                small = copy; // assignment from a copy, inline or spilled
            } else {
                const Pair value{static_cast<int>(random() % 1000), step};
                small.push_back(value);
                reference.push_back(value);
            }
            if (!sameAs(small, reference)) QFAIL(qPrintable(QStringLiteral("differs after step %1").arg(step)));
        }
    }

    void initializerListAndWrites()
    {
        InlineVector<Pair, 2> small{{1, 2}, {3, 4}, {5, 6}};
        QCOMPARE(small.size(), std::size_t(3));
        QVERIFY(!small.isInline());
        small[1].a = 30;
        for (Pair& pair : small) pair.b += 1;
        QVERIFY(sameAs(small, {{1, 3}, {30, 5}, {5, 7}}));
    }
};

QTEST_APPLESS_MAIN(TestInlineVector)
#include "tst_inline_vector.moc"
