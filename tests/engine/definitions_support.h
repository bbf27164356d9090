// Helpers shared by the definition tests: a temporary folder of source files, a build of it,
// and lookups in the resulting table and report.
#pragma once

#include "engine/build.h"
#include "engine/build_report.h"
#include "engine/customer360.h"
#include "values/date.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace deftest {

// A folder of source files for one build.
class Sources {
public:
    bool isValid() const { return dir_.isValid(); }
    QString path() const { return dir_.path(); }
    QString filePath(const QString& name) const { return dir_.filePath(name); }

    // Writes bytes exactly as given: no newline translation, so line numbers are predictable.
    bool write(const QString& name, const QByteArray& bytes) const;

private:
    QTemporaryDir dir_;
};

c360::Days day(const char* iso);

// Builds the folder; a resolve failure comes back as a failed outcome with its message.
c360::BuildOutcome build(const Sources& sources, const char* asOf, c360::BuildOptions options = {});

std::optional<std::size_t> rowOf(const c360::Customer360& table, std::string_view id);

// The cell as the CSV export writes it ("" for NULL), or a marker when the customer is absent,
// so a QCOMPARE against it shows what went wrong.
QString cell(const c360::BuildOutcome& outcome, std::string_view id, c360::Column column);

QStringList ids(const c360::BuildOutcome& outcome);

const c360::TableReport* reportOf(const c360::BuildOutcome& outcome, const char* table);

std::vector<const c360::Issue*> issuesOf(const c360::TableReport& report, c360::Severity severity);

QString describe(const c360::TableReport& report);

// One purchase line per amount, each its own transaction, all on `date`.
QByteArray purchasesOf(const QString& customer, const QStringList& amounts,
                       const QString& date = "2025-06-01");

inline const char* const kOneCustomer = "customer_id\n1\n";

} // namespace deftest
