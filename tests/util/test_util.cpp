// The small utilities the engine owns instead of depending on libraries: SHA-256, the string
// interner, the transaction-id counter, the JSON writer and atomic output files.
#include "engine/loaded_tables.h"
#include "util/atomic_file.h"
#include "util/huge_pages.h"
#include "util/json_writer.h"
#include "util/sha256.h"
#include "util/string_interner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <string>

class TestUtil : public QObject {
    Q_OBJECT

private slots:
    void shouldHashKnownVectors_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("digest");
        // FIPS 180-2 examples.
        QTest::newRow("empty")
            << QByteArray() << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        QTest::newRow("abc") << QByteArray("abc")
                             << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        QTest::newRow("two blocks")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
        QTest::newRow("million a")
            << QByteArray(1000000, 'a')
            << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
    }
    void shouldHashKnownVectors() {
        QFETCH(QByteArray, input);
        QFETCH(QString, digest);
        const std::string_view bytes(input.constData(), static_cast<std::size_t>(input.size()));
        QCOMPARE(QString::fromStdString(c360::Sha256::hex(bytes)), digest);
        c360::Sha256 portable;
        portable.forcePortable();
        portable.update(bytes);
        QCOMPARE(QString::fromStdString(c360::Sha256::hex(portable.finish())), digest);
    }

    // Feeding bytes in odd pieces, with and without the CPU's SHA instructions, must give
    // Qt's answer for every length around the block boundaries.
    void shouldMatchQtForAnyLengthAndSplit() {
        QRandomGenerator random(1234);
        for (int length = 0; length < 300; ++length) {
            QByteArray data(length, '\0');
            for (char& c : data)
                c = static_cast<char>(random.bounded(256));
            const QString expected = QString::fromLatin1(
                QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
            for (const bool portable : {false, true}) {
                c360::Sha256 h;
                if (portable)
                    h.forcePortable();
                int pos = 0;
                while (pos < length) {
                    const int piece =
                        std::min(length - pos, 1 + static_cast<int>(random.bounded(70)));
                    h.update(
                        std::string_view(data.constData() + pos, static_cast<std::size_t>(piece)));
                    pos += piece;
                }
                QCOMPARE(QString::fromStdString(c360::Sha256::hex(h.finish())), expected);
            }
        }
    }

    void shouldInternStringsDensely() {
        c360::StringInterner interner;
        std::vector<std::string> keys;
        // Enough keys that the table grows past 4 MB, onto huge pages (util/huge_pages.h).
        for (int i = 0; i < 200000; ++i)
            keys.push_back("id-" + std::to_string(static_cast<long long>(i) * 7919 % 1000003));
        for (std::size_t i = 0; i < keys.size(); ++i) {
            bool added = false;
            QCOMPARE(interner.intern(keys[i], added), static_cast<std::int32_t>(i));
            QVERIFY(added);
        }
        for (std::size_t i = 0; i < keys.size(); ++i) {
            bool added = true;
            QCOMPARE(interner.intern(keys[i], added), static_cast<std::int32_t>(i));
            QVERIFY(!added);
            QCOMPARE(interner.find(keys[i]), static_cast<std::int32_t>(i));
            QCOMPARE(std::string(interner.at(static_cast<std::int32_t>(i))), keys[i]);
        }
        QCOMPARE(interner.find("id-missing"), c360::StringInterner::kNotFound);
        QCOMPARE(interner.find(""), c360::StringInterner::kNotFound);
        QCOMPARE(interner.size(), keys.size());
        // Ids that differ only past 8 bytes, or only in length, stay distinct.
        QVERIFY(interner.intern("abcdefgh1") != interner.intern("abcdefgh2"));
        QVERIFY(interner.intern("abc") != interner.intern(std::string_view("abc\0", 4)));
    }

    void shouldKeepEveryIdWhenReservingAhead_data() {
        QTest::addColumn<int>("before"); // ids interned before reserve()
        QTest::addColumn<int>("reserved");
        QTest::addColumn<int>("total");
        QTest::newRow("reserved up front") << 0 << 300000 << 50000;
        QTest::newRow("reserved after some ids") << 1000 << 300000 << 50000;
        QTest::newRow("reserved too little: grows as it goes") << 4096 << 8000 << 50000;
        QTest::newRow("reserving less than it holds changes nothing") << 20000 << 10 << 30000;
    }

    // reserve() rehashes once to the final size; every id interned before and after it keeps
    // its number and is found.
    void shouldKeepEveryIdWhenReservingAhead() {
        QFETCH(int, before);
        QFETCH(int, reserved);
        QFETCH(int, total);
        c360::StringInterner interner;
        auto key = [](int i) { return "C" + std::to_string(static_cast<long long>(i) * 31337); };
        for (int i = 0; i < total; ++i) {
            if (i == before)
                interner.reserve(static_cast<std::size_t>(reserved));
            QCOMPARE(interner.intern(key(i)), static_cast<std::int32_t>(i));
        }
        QCOMPARE(interner.size(), static_cast<std::size_t>(total));
        for (int i = 0; i < total; ++i)
            QCOMPARE(interner.find(key(i)), static_cast<std::int32_t>(i));
        QCOMPARE(interner.find(key(total)), c360::StringInterner::kNotFound);
    }

    // Purchase lines' transaction ids, in file order; the lines kept for one customer (indices
    // into that list); how many distinct transactions they are.
    void shouldCountDistinctTransactionsPerCustomer_data() {
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<int>("distinct");
        QTest::newRow("no lines") << QStringList{"T1"} << QList<int>{} << 0;
        QTest::newRow("one order over consecutive lines")
            << QStringList{"T1", "T1", "T1"} << QList<int>{0, 1, 2} << 1;
        QTest::newRow("orders interleaved in the file")
            << QStringList{"T1", "T2", "T1", "T3", "T2", "T1"} << QList<int>{0, 1, 2, 3, 4, 5} << 3;
        QTest::newRow("only some lines are this customer's")
            << QStringList{"T1", "T2", "T1", "T3", "T2"} << QList<int>{1, 3, 4} << 2;
        QTest::newRow("ids differing past eight bytes")
            << QStringList{"TX-2025-000001", "TX-2025-000002", "TX-2025-000001"}
            << QList<int>{0, 1, 2} << 2;
        QTest::newRow("case matters") << QStringList{"t1", "T1"} << QList<int>{0, 1} << 2;
        // Ids over 15 bytes are kept as text and compared by it.
        QTest::newRow("long ids repeated apart")
            << QStringList{"ORDER-2025-0000000001", "ORDER-2025-0000000002",
                           "ORDER-2025-0000000001", "ORDER-2025-0000000001"}
            << QList<int>{0, 1, 2, 3} << 2;
        QTest::newRow("fifteen and sixteen bytes")
            << QStringList{"ABCDEFGHIJKLMNO", "ABCDEFGHIJKLMNOP", "ABCDEFGHIJKLMNO",
                           "ABCDEFGHIJKLMNOP"}
            << QList<int>{0, 1, 2, 3} << 2;
        QTest::newRow("short and long ids mixed")
            << QStringList{"T1", "ORDER-2025-0000000001", "T1", "ORDER-2025-0000000001", "T2"}
            << QList<int>{0, 1, 2, 3, 4} << 3;
        QTest::newRow("a trailing zero byte is part of the id")
            << QStringList{"T1", QString::fromLatin1("T1\0", 3), "T1"} << QList<int>{0, 1, 2} << 2;
        QTest::newRow("long ids, only some lines are this customer's")
            << QStringList{"ORDER-2025-0000000001", "ORDER-2025-0000000002",
                           "ORDER-2025-0000000003", "ORDER-2025-0000000002"}
            << QList<int>{1, 2, 3} << 2;
    }

    void shouldCountDistinctTransactionsPerCustomer() {
        QFETCH(QStringList, ids);
        QFETCH(QList<int>, lines);
        QFETCH(int, distinct);
        c360::TransactionIds transactions;
        std::vector<std::uint32_t> entryOfLine;
        for (const QString& id : ids)
            entryOfLine.push_back(transactions.add(id.toStdString()));
        // Consecutive equal ids share an entry; a repeat after another id does not.
        for (qsizetype i = 1; i < ids.size(); ++i)
            QCOMPARE(entryOfLine[i] == entryOfLine[i - 1], ids[i] == ids[i - 1]);
        std::vector<c360::TransactionKey> keys;
        for (const int line : lines)
            keys.push_back(transactions.key(entryOfLine[static_cast<std::size_t>(line)]));
        QCOMPARE(transactions.countDistinct(keys), distinct);
    }

    // Many repeats of a few ids, not consecutive: the count stays exact and quick.
    void shouldCountDistinctTransactionsAmongManyRepeats() {
        c360::TransactionIds transactions;
        std::vector<c360::TransactionKey> keys;
        for (int i = 0; i < 200000; ++i)
            keys.push_back(transactions.key(transactions.add("order-" + std::to_string(i % 3))));
        QCOMPARE(transactions.countDistinct(keys), 3);
    }

    void shouldWriteValidJson() {
        c360::JsonWriter w;
        w.beginObject();
        w.key("text");
        w.value("quote \" backslash \\ newline \n tab \t control \x01 ünïcode");
        w.key("count");
        w.value(std::uint64_t{18446744073709551615ull});
        w.key("negative");
        w.value(std::int64_t{-5});
        w.key("real");
        w.value(0.1);
        w.key("nan");
        w.value(std::numeric_limits<double>::quiet_NaN());
        w.key("empty");
        w.beginArray();
        w.endArray();
        w.key("list");
        w.beginArray();
        w.value(true);
        w.null();
        w.endArray();
        w.endObject();
        QJsonParseError error{};
        const QJsonDocument doc =
            QJsonDocument::fromJson(QByteArray::fromStdString(w.text()), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject o = doc.object();
        QCOMPARE(o["text"].toString(),
                 QString::fromUtf8("quote \" backslash \\ newline \n tab \t control \x01 ünïcode"));
        QCOMPARE(o["negative"].toInt(), -5);
        QCOMPARE(o["real"].toDouble(), 0.1);
        QVERIFY(o["nan"].isNull());
        QCOMPARE(o["list"].toArray().size(), 2);
        QVERIFY(o["empty"].toArray().isEmpty());
    }

    void shouldReplaceFilesOnlyOnCommit() {
        QTemporaryDir dir;
        const QString target = dir.filePath("out.csv");
        {
            QFile f(target);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old");
        }
        {
            c360::AtomicFile file(target.toStdString());
            c360::Message error;
            QVERIFY(file.open(error));
            QVERIFY(file.write("new content"));
            // Not committed: the destructor removes the temporary file, the old one stays.
        }
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("old"));
        f.close();
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"out.csv"});
        {
            c360::AtomicFile file(target.toStdString());
            c360::Message error;
            QVERIFY(file.open(error));
            QVERIFY(file.write("new content"));
            QVERIFY(file.commit(error));
        }
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("new content"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"out.csv"});
    }

    void shouldKeepArraysOnHugePagesLikeAnyOther_data() {
        QTest::addColumn<int>("count");
        QTest::newRow("small: ordinary memory") << 1000;
        QTest::newRow("just below the huge-page threshold") << (4 << 20) / 8 - 1;
        QTest::newRow("large: huge pages") << (3 << 20);
    }

    // Large arrays are aligned to 2 MiB (so the kernel can back them with huge pages), small
    // ones are not padded out; either way every element is kept, through growth and copies.
    void shouldKeepArraysOnHugePagesLikeAnyOther() {
        QFETCH(int, count);
        std::vector<std::uint64_t, c360::HugePageAllocator<std::uint64_t>> values;
        for (int i = 0; i < count; ++i)
            values.push_back(static_cast<std::uint64_t>(i) * 2654435761u);
        if (values.capacity() * sizeof(std::uint64_t) >= (std::size_t{4} << 20))
            QCOMPARE(reinterpret_cast<std::uintptr_t>(values.data()) % (std::uintptr_t{2} << 20),
                     std::uintptr_t{0});
        const auto copy = values;
        QCOMPARE(copy.size(), static_cast<std::size_t>(count));
        for (int i = 0; i < count; i += 997)
            QCOMPARE(copy[static_cast<std::size_t>(i)],
                     static_cast<std::uint64_t>(i) * 2654435761u);
        QCOMPARE(copy.back(), static_cast<std::uint64_t>(count - 1) * 2654435761u);
    }

    void shouldKeepEveryByteWhenWritingBackEarly_data() {
        QTest::addColumn<int>("pieces");
        QTest::addColumn<int>("pieceBytes");
        QTest::addColumn<bool>("commit");
        QTest::newRow("small pieces, committed") << 100 << 1000 << true;
        // Past write()'s own step, so it starts the write-back itself as well.
        QTest::newRow("large pieces, committed")
            << 5 << static_cast<int>(c360::AtomicFile::kWritebackStep / 3) << true;
        QTest::newRow("written back, then abandoned") << 10 << 1000 << false;
    }

    // Starting the write-back early flushes what is buffered: no byte may be lost, reordered
    // or made visible under the target's name before commit.
    void shouldKeepEveryByteWhenWritingBackEarly() {
        QFETCH(int, pieces);
        QFETCH(int, pieceBytes);
        QFETCH(bool, commit);
        QTemporaryDir dir;
        const QString target = dir.filePath("out.csv");
        QByteArray expected;
        {
            c360::AtomicFile file(target.toStdString());
            c360::Message error;
            QVERIFY(file.open(error));
            for (int i = 0; i < pieces; ++i) {
                const QByteArray piece(pieceBytes, static_cast<char>('a' + i % 26));
                expected += piece;
                QVERIFY(file.write(std::string_view(piece.constData(), piece.size())));
                if (i % 3 == 1)
                    file.startWriteback();
            }
            if (commit)
                QVERIFY2(file.commit(error), c360::englishText(error).c_str());
        }
        if (!commit) {
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{});
            return;
        }
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.size(), expected.size());
        QVERIFY(f.readAll() == expected);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"out.csv"});
    }

    void shouldExplainWhenTheFolderIsMissing() {
        c360::AtomicFile file("/nonexistent-folder/out.csv");
        c360::Message error;
        QVERIFY(!file.open(error));
        QVERIFY2(c360::englishText(error).find("/nonexistent-folder/out.csv") != std::string::npos,
                 c360::englishText(error).c_str());
    }
};

QTEST_GUILESS_MAIN(TestUtil)
#include "test_util.moc"
