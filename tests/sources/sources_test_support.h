// Small helpers of the source tests: files in and out, byte views, text in a given encoding,
// and the sample table the encoding tests convert.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringEncoder>

#include <string_view>

namespace sources_test {

inline QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline std::string_view view(const QByteArray& b) {
    return {b.constData(), static_cast<std::size_t>(b.size())};
}

inline QByteArray encode(const QString& text, QStringConverter::Encoding e, bool bom) {
    QStringEncoder encoder(e, bom ? QStringConverter::Flag::WriteBom
                                  : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

inline const QString kSample =
    QStringLiteral("customer_id,first_name,last_name\n"
                   "1,Zoë,Müller\n2,José,\"Lefèvre, Jr.\"\n3,Ann,Smith\n");

inline QByteArray cp1252(const QString& text) {
    QStringEncoder encoder("windows-1252");
    return encoder.encode(text);
}

} // namespace sources_test
