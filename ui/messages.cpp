#include "messages.h"

#include "language.h"
#include "message_patterns.h"

#include <QLocale>

#include <cstdlib>

namespace c360::ui {

namespace {

// An integer argument ("12345") in the user's locale ("12.345" in German); anything else as
// it is.
QString localInteger(const std::string& digits) {
    char* end = nullptr;
    const unsigned long long value = std::strtoull(digits.c_str(), &end, 10);
    if (digits.empty() || *end != '\0' || digits.front() == '-' || digits.front() == '+')
        return QString::fromStdString(digits);
    return QLocale().toString(static_cast<qulonglong>(value));
}

// A decimal argument written with a point ("12.3457", "-5.5") in the user's locale, with as
// many decimals as it was written with.
QString localDecimal(const std::string& text) {
    bool ok = false;
    const double value = QString::fromStdString(text).toDouble(&ok);
    if (!ok)
        return QString::fromStdString(text);
    const auto point = text.find('.');
    const int decimals = point == std::string::npos ? 0 : static_cast<int>(text.size() - point - 1);
    return QLocale().toString(value, 'f', decimals);
}

// Puts the values into %1 … %9 in one pass: a value that holds "%2" stays as it is.
QString fill(const QString& pattern, const QStringList& values) {
    QString out;
    out.reserve(pattern.size() + 64);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern[i + 1] >= QLatin1Char('1') &&
            pattern[i + 1] <= QLatin1Char('9')) {
            const qsizetype index = pattern[i + 1].unicode() - '1';
            if (index < values.size())
                out += values[index];
            ++i;
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace

QString messagePattern(MessageKind kind, int n) {
    // Text that is not the engine's words is shown as it is, never translated.
    if (kind == MessageKind::Text || kind == MessageKind::SystemReason)
        return QStringLiteral("%1");
    for (const QString& pattern :
         {message_patterns::general(kind), message_patterns::sources(kind, n),
          message_patterns::build(kind, n), message_patterns::output(kind)})
        if (!pattern.isEmpty())
            return pattern;
    return {};
}

QString messageText(const Message& message) {
    const std::string_view parameters = messageParameters(message.kind);
    int count = -1;
    if (messageHasPlural(message.kind) && !message.args.empty())
        count = pluralCount(std::strtoull(message.args.front().c_str(), nullptr, 10));
    const QString pattern = messagePattern(message.kind, count);
    if (pattern.isEmpty())
        return QString::fromStdString(englishText(message));
    QStringList values;
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        const char type = parameters[i];
        if (type == 'c') {
            values << (message.cause ? messageText(*message.cause) : QString());
            continue;
        }
        const std::string arg = i < message.args.size() ? message.args[i] : std::string();
        if (type == 'n' || type == 'p')
            values << localInteger(arg);
        else if (type == 'd')
            values << localDecimal(arg);
        else
            values << QString::fromStdString(arg);
    }
    return fill(pattern, values);
}

QString messageText(const std::optional<Message>& message) {
    return message ? messageText(*message) : QString();
}

} // namespace c360::ui
