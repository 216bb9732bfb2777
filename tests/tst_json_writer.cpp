// The streaming JSON writer gives byte for byte what nlohmann's dump(2) gives for the same tree: layout, empty
// containers, escapes, control characters, invalid UTF-8 (replaced), non-ASCII text, embedded trees, numbers.
#include "report/json_writer.h"

#include <QTest>

#include <string>
#include <vector>

using dw::report::formats::appendJsonString;
using dw::report::formats::JsonWriter;
using Json = nlohmann::ordered_json;

namespace {

std::string dumped(const Json& json) { return json.dump(2, ' ', false, Json::error_handler_t::replace); }

/// Writes `json` node by node with the writer (strings and numbers only as scalars, as the reports use it).
void writeTree(JsonWriter& out, const Json& json, bool members = false)
{
    if (json.is_object()) {
        out.beginObject();
        for (const auto& [name, value] : json.items()) {
            if (members && value.is_string()) {
                out.member(name, value.get_ref<const std::string&>());
                continue;
            }
            if (members && value.is_number()) {
                out.member(name, value.get<std::int64_t>());
                continue;
            }
            out.key(name);
            writeTree(out, value, members);
        }
        out.endObject();
    } else if (json.is_array()) {
        out.beginArray();
        for (const auto& value : json) writeTree(out, value, members);
        out.endArray();
    } else if (json.is_string()) {
        out.string(json.get_ref<const std::string&>());
    } else if (json.is_null()) {
        out.null();
    } else {
        out.number(json.get<std::int64_t>());
    }
}

} // namespace

class TestJsonWriter : public QObject {
    Q_OBJECT

  private slots:
    void sameBytesAsTheTree_data()
    {
        QTest::addColumn<std::string>("text");
        // Built from raw text so that keys and strings can hold bytes no JSON parser would accept.
        QTest::newRow("scalar string") << std::string("plain");
        QTest::newRow("escapes") << std::string("quote \" backslash \\ tab \t newline \n cr \r bell \x07 del \x7f");
        QTest::newRow("invalid utf-8") << std::string("bad \xff\xfe then \xe4\xb8 cut, lone \x80 and overlong \xc0\xaf");
        QTest::newRow("chinese") << std::string("镜像以 root 运行");
        QTest::newRow("empty") << std::string();
    }

    void sameBytesAsTheTree()
    {
        QFETCH(std::string, text);
        Json tree = {{"rule", "DW1001"},
                     {text, text},
                     {"refs", Json::array({"hadolint:DL3006", text})},
                     {"empty list", Json::array()},
                     {"empty object", Json::object()},
                     {"numbers", Json::array({0, -1, 42, std::int64_t(1) << 40})},
                     {"nothing", nullptr},
                     {"nested", {{"edits", Json::array({{{"line", 1}, {"text", text}}, Json::object()})}}},
                     {"long", std::string(70, 'x') + text},
                     {std::string(65, 'k'), 7},
                     {"deep", Json::object()}};
        // Deep enough that the indent outgrows the writer's one-append buffer.
        Json* level = &tree["deep"];
        for (int depth = 0; depth < 34; ++depth) level = &((*level)["d" + std::to_string(depth)] = Json{{"at", depth}});
        (*level)["text"] = text;
        std::string written;
        JsonWriter out(written);
        writeTree(out, tree);
        QCOMPARE(written, dumped(tree));
        // member() gives what key() and the value give, whether it takes its one-append path or not.
        std::string byMembers;
        JsonWriter members(byMembers);
        writeTree(members, tree, true);
        QCOMPARE(byMembers, dumped(tree));

        // The same tree embedded at depth, next to written values.
        Json outer = {{"files", Json::array({tree, tree})}, {"tail", text}};
        std::string mixed;
        JsonWriter embed(mixed);
        embed.beginObject();
        embed.key("files");
        embed.beginArray();
        writeTree(embed, tree);
        embed.value(tree);
        embed.endArray();
        embed.key("tail");
        embed.string(text);
        embed.endObject();
        QCOMPARE(mixed, dumped(outer));
    }

    // A literal key (checked when compiled, written without a look at its bytes) comes out as the same name
    // given at run time, at every depth: inside the one-append indent and past it.
    void literalKeysAsRuntimeNames()
    {
        const auto write = [](bool literal) {
            std::string text;
            JsonWriter out(text);
            for (int depth = 0; depth < 36; ++depth) {
                out.beginObject();
                if (literal) {
                    out.member("rule", "DL3008");
                    out.member("line", depth);
                    out.key("next");
                } else {
                    out.member(std::string("rule"), "DL3008");
                    out.member(std::string_view("line"), depth);
                    out.key(std::string("next"));
                }
            }
            out.null();
            for (int depth = 0; depth < 36; ++depth) out.endObject();
            return text;
        };
        const std::string fromLiterals = write(true);
        QCOMPARE(fromLiterals, write(false));
        QVERIFY(Json::parse(fromLiterals).contains("next"));
        QCOMPARE(fromLiterals, dumped(Json::parse(fromLiterals)));
    }

    // Strings are escaped without nlohmann unless their UTF-8 is ill-formed: random byte strings, mostly built
    // from pieces near the edges of UTF-8's well-formed ranges, must come out as nlohmann writes them.
    void stringsLikeNlohmann()
    {
        const std::vector<std::string> pieces = {
            "a", "\"", "\\", "\x01", "\x1f", " ", "\x7f", "\n", "\t", "\b", "\f", "\r",
            "\xc2\x80", "\xdf\xbf", "\xc1\xbf", "\xe0\xa0\x80", "\xe0\x9f\xbf", "\xed\x9f\xbf",
            "\xed\xa0\x80", "\xef\xbf\xbd", "\xf0\x90\x80\x80", "\xf0\x8f\xbf\xbf", "\xf4\x8f\xbf\xbf",
            "\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\x80", "\xbf", "\xc2", "\xe4\xb8", "\xf0\x9f\x98",
            "镜像", "\xff", "\xfe"};
        std::uint32_t seed = 12345;
        const auto next = [&seed] {
            seed = seed * 1664525u + 1013904223u;
            return seed >> 8;
        };
        for (int round = 0; round < 20000; ++round) {
            std::string text;
            const int count = static_cast<int>(next() % 8);
            for (int k = 0; k < count; ++k) {
                if (next() % 4 == 0) text += static_cast<char>(next() & 0xFF);
                else text += pieces[next() % pieces.size()];
            }
            std::string written;
            appendJsonString(written, text);
            const std::string expected =
                Json(text).dump(-1, ' ', false, Json::error_handler_t::replace);
            QVERIFY2(written == expected, QByteArray::fromStdString(text).toHex().constData());
        }
    }

    // Values written by continuing() writers, put out by the caller and counted in, in slices of every size (empty ones included), give
    // the bytes one writer gives.
    void splicedSlicesAreOneWriter()
    {
        Json files = Json::array();
        for (int i = 0; i < 7; ++i)
            files.push_back(Json{{"path", "Dockerfile." + std::to_string(i)},
                                 {"findings", i % 3 == 0 ? Json::array() : Json::array({Json{{"line", i}}, "x"})}});
        const Json tree = {{"tool", "dockwarden"}, {"files", files}, {"after", Json::array()}};
        for (std::size_t cut1 = 0; cut1 <= files.size(); ++cut1) {
            for (std::size_t cut2 = cut1; cut2 <= files.size(); ++cut2) {
                std::string text;
                JsonWriter out(text);
                out.beginObject();
                out.key("tool");
                out.string("dockwarden");
                out.key("files");
                out.beginArray();
                const std::size_t cuts[] = {0, cut1, cut2, files.size()};
                for (std::size_t slice = 0; slice < 3; ++slice) {
                    std::string part;
                    JsonWriter writer = JsonWriter::continuing(part, 2, static_cast<int>(cuts[slice]));
                    for (std::size_t i = cuts[slice]; i < cuts[slice + 1]; ++i) writeTree(writer, files[i]);
                    text += part;
                    out.countSpliced(static_cast<int>(cuts[slice + 1] - cuts[slice]));
                }
                out.endArray();
                out.key("after");
                out.beginArray();
                out.endArray();
                out.endObject();
                QCOMPARE(text, dumped(tree));
            }
        }
    }

    // members() puts several numbers out at once: the same bytes as one member() each, at every depth (an indent
    // past the short buffer included), after other values, for names that need escapes and for more numbers
    // than it buffers at once.
    void numberMembersAtOnce()
    {
        const std::string quoted = "say \"hi\"";
        const auto write = [&](bool together) {
            std::string text;
            JsonWriter out(text);
            for (int depth = 0; depth < 36; ++depth) {
                out.beginObject();
                out.member("rule", "DL3008");
                if (together) {
                    out.members({{"line", depth}, {"column", -depth}, {quoted, 1}, {"endLine", 4'000'000'000},
                                 {"endColumn", 0}});
                } else {
                    out.member("line", depth);
                    out.member("column", -depth);
                    out.member(quoted, 1);
                    out.member("endLine", 4'000'000'000);
                    out.member("endColumn", 0);
                }
                out.key("next");
            }
            out.beginObject();
            if (together) out.members({{"only", 7}});
            else out.member("only", 7);
            out.endObject();
            for (int depth = 0; depth < 36; ++depth) out.endObject();
            return text;
        };
        const std::string together = write(true);
        QCOMPARE(together, write(false));
        QCOMPARE(together, dumped(Json::parse(together)));
        QVERIFY(together.find("\"say \\\"hi\\\"\": 1") != std::string::npos);
    }

    // Members recorded right after an object was opened come out again, in another object as deep, as the same
    // bytes as writing them there: first in the object or after other members, at every depth.
    void replayedMembersAreTheSameBytes()
    {
        const std::string quoted = "say \"hi\"";
        for (int depth = 0; depth < 36; ++depth) {
            const auto write = [&](bool replay) {
                std::string text;
                JsonWriter out(text);
                for (int level = 0; level < depth; ++level) {
                    out.beginObject();
                    out.key("next");
                }
                out.beginArray();
                out.beginObject();
                const std::size_t mark = out.written();
                out.member("rule", "DL3008");
                out.key("refs");
                out.strings(std::vector<std::string>{"hadolint:DL3008", quoted});
                out.member(quoted, 3);
                const std::string recorded(out.recordedMembers(mark));
                out.endObject();
                for (const bool after : {false, true}) {
                    out.beginObject();
                    if (after) out.member("line", 7);
                    if (replay) {
                        out.replayMembers(recorded, 3);
                    } else {
                        out.member("rule", "DL3008");
                        out.key("refs");
                        out.strings(std::vector<std::string>{"hadolint:DL3008", quoted});
                        out.member(quoted, 3);
                    }
                    out.member("column", 1);
                    out.endObject();
                }
                out.endArray();
                for (int level = 0; level < depth; ++level) out.endObject();
                return text;
            };
            const std::string replayed = write(true);
            QCOMPARE(replayed, write(false));
            QCOMPARE(replayed, dumped(Json::parse(replayed)));
        }
    }

    void emptyTopLevelContainers()
    {
        std::string text;
        JsonWriter out(text);
        out.beginArray();
        out.endArray();
        QCOMPARE(text, std::string("[]"));
    }
};

QTEST_APPLESS_MAIN(TestJsonWriter)
#include "tst_json_writer.moc"
