#include "command_line.h"

#include "help_text.h"

#include "output/workspace_output.h"
#include "values/number.h"

#include <charconv>
#include <optional>

namespace c360::cli {

namespace {

ShowText usageError(const std::string& message, const char* command) {
    ShowText t;
    t.exitCode = kExitUsage;
    t.text = std::string("c360") + (command ? std::string(" ") + command : std::string()) + ": " +
             message + "\nRun 'c360 " + (command ? std::string(command) + " " : std::string()) +
             "--help' to see the options.\n";
    return t;
}

bool parseInteger(const std::optional<std::string>& s, std::int64_t& v) {
    if (!s || s->empty())
        return false;
    const auto [p, ec] = std::from_chars(s->data(), s->data() + s->size(), v);
    return ec == std::errc() && p == s->data() + s->size();
}

// Walks "--name value", "--name=value" and positional arguments.
class ArgWalker {
public:
    explicit ArgWalker(const std::vector<std::string>& args) : args_(args) {}
    bool done() const { return i_ >= args_.size(); }
    const std::string& peek() const { return args_[i_]; }
    // Splits "--name=value"; returns the name.
    std::string take(std::optional<std::string>& inlineValue) {
        std::string a = args_[i_++];
        inlineValue.reset();
        if (a.rfind("--", 0) == 0) {
            const auto eq = a.find('=');
            if (eq != std::string::npos) {
                inlineValue = a.substr(eq + 1);
                a = a.substr(0, eq);
            }
        }
        return a;
    }
    std::optional<std::string> value(std::optional<std::string>& inlineValue) {
        if (inlineValue)
            return inlineValue;
        if (i_ >= args_.size())
            return std::nullopt;
        return args_[i_++];
    }

private:
    const std::vector<std::string>& args_;
    std::size_t i_ = 0;
};

bool isSourceOption(const std::string& name) {
    return name == "--table" || name == "--map" || name == "--encoding" || name == "--delimiter" ||
           name == "--decimal" || name == "--mapping" || name == "--date-order";
}

// The options that say how to read the sources, shared by build and inspect.
std::optional<ShowText> parseSourceOption(const std::string& name, ArgWalker& w,
                                          std::optional<std::string>& inlineValue,
                                          SourceChoices& choices, const char* command) {
    auto v = w.value(inlineValue);
    Message why;
    if (!v || v->empty())
        return usageError(name + " needs a value; see --help.", command);
    const bool ok = name == "--mapping" ? readMappingFile(*v, choices, why)
                                        : applyChoice(name.substr(2), *v, choices, why);
    if (!ok)
        return usageError(englishText(why), command);
    return std::nullopt;
}

ParsedCommand parseInspect(ArgWalker& w) {
    InspectCommand cmd;
    std::vector<std::string> positional;
    while (!w.done()) {
        std::optional<std::string> inlineValue;
        const std::string name = w.take(inlineValue);
        if (name == "-h" || name == "--help")
            return ShowText{kInspectHelp, 0};
        if (name == "--json") {
            cmd.json = true;
        } else if (isSourceOption(name)) {
            if (auto problem = parseSourceOption(name, w, inlineValue, cmd.choices, "inspect"))
                return *problem;
        } else if (name == "--as-of") {
            auto v = w.value(inlineValue);
            if (!v || !parseIsoDate(*v, cmd.options.asOf))
                return usageError("--as-of needs a date written YYYY-MM-DD.", "inspect");
        } else if (name == "--rows") {
            auto v = w.value(inlineValue);
            std::int64_t n = 0;
            if (!parseInteger(v, n) || n < 0 || n > 1000)
                return usageError("--rows needs a whole number from 0 to 1000.", "inspect");
            cmd.sampleRows = static_cast<std::size_t>(n);
        } else if (name.size() > 1 && name[0] == '-') {
            return usageError("unknown option " + name + ".", "inspect");
        } else {
            positional.push_back(name);
        }
    }
    if (positional.size() != 1)
        return usageError(positional.empty()
                              ? "say which SOURCE to inspect."
                              : "give one SOURCE; also got \"" + positional[1] + "\".",
                          "inspect");
    cmd.source = positional[0];
    return cmd;
}

std::vector<std::string> splitList(const std::string& s) {
    std::vector<std::string> out;
    std::size_t begin = 0;
    while (begin <= s.size()) {
        const std::size_t comma = s.find(',', begin);
        const std::size_t end = comma == std::string::npos ? s.size() : comma;
        out.push_back(s.substr(begin, end - begin));
        if (comma == std::string::npos)
            break;
        begin = comma + 1;
    }
    return out;
}

std::optional<double> rangeEnd(const std::string& text, Column column, bool& ok) {
    ok = true;
    if (text.empty())
        return std::nullopt;
    if (columnInfo(column).kind == ColumnKind::Date) {
        Days d = 0;
        ok = parseIsoDate(text, d);
        return static_cast<double>(d);
    }
    double v = 0;
    ok = parseReal(text, NumberFormat{}, v) == NumberStatus::Ok;
    return v;
}

ParsedCommand parseExport(ArgWalker& w) {
    ExportCommand cmd;
    std::vector<std::string> positional, includeMissing;
    while (!w.done()) {
        std::optional<std::string> inlineValue;
        const std::string name = w.take(inlineValue);
        if (name == "-h" || name == "--help")
            return ShowText{kExportHelp, 0};
        if (name == "--excel") {
            cmd.options.excel = true;
            continue;
        }
        if (name == "--quiet") {
            cmd.quiet = true;
            continue;
        }
        if (name == "--no-formula-protection") {
            cmd.options.protectFormulas = false;
            continue;
        }
        if (name.size() > 1 && name[0] != '-') {
            positional.push_back(name);
            continue;
        }
        const auto v = w.value(inlineValue);
        if (!v)
            return usageError(name + " needs a value; see --help.", "export");
        if (name == "-o" || name == "--output") {
            cmd.output = *v;
        } else if (name == "--segment") {
            if (!cmd.segment.empty())
                return usageError("give --segment once.", "export");
            cmd.segment = *v;
            if (cmd.segment.empty())
                return usageError("--segment needs the name of a saved segment.", "export");
        } else if (name == "--search") {
            cmd.filter.search = *v;
        } else if (name == "--include-missing") {
            includeMissing.push_back(*v);
        } else if (name == "--delimiter") {
            SourceChoices scratch;
            Message why;
            if (!applyChoice("delimiter", *v, scratch, why))
                return usageError(englishText(why), "export");
            cmd.options.delimiter = *scratch.all.delimiter;
        } else if (name == "--columns") {
            for (const std::string& c : splitList(*v)) {
                Column column{};
                if (!columnFromName(c, column))
                    return usageError("--columns: \"" + c + "\" is not a column of customer_360.",
                                      "export");
                cmd.options.columns.push_back(column);
            }
        } else if (name == "--sort") {
            std::string c = *v;
            const auto colon = c.find(':');
            if (colon != std::string::npos) {
                const std::string dir = c.substr(colon + 1);
                if (dir != "desc" && dir != "asc")
                    return usageError("--sort takes COLUMN, COLUMN:asc or COLUMN:desc.", "export");
                cmd.sortDescending = dir == "desc";
                c = c.substr(0, colon);
            }
            Column column{};
            if (!columnFromName(c, column))
                return usageError("--sort: \"" + c + "\" is not a column of customer_360.",
                                  "export");
            cmd.sortColumn = column;
        } else if (name == "--filter") {
            const auto eq = v->find('=');
            if (eq == std::string::npos)
                return usageError("--filter needs COLUMN=VALUE[,VALUE...].", "export");
            const std::string column = v->substr(0, eq);
            const std::vector<std::string> values = splitList(v->substr(eq + 1));
            for (const std::string& value : values) {
                if (column == "customer_value_segment") {
                    if (value == "High")
                        cmd.filter.segments.insert(ValueSegment::High);
                    else if (value == "Medium")
                        cmd.filter.segments.insert(ValueSegment::Medium);
                    else if (value == "Low")
                        cmd.filter.segments.insert(ValueSegment::Low);
                    else
                        return usageError("customer_value_segment is High, Medium or Low, not \"" +
                                              value + "\".",
                                          "export");
                } else if (column == "customer_status") {
                    if (value == "Active")
                        cmd.filter.statuses.insert(CustomerStatus::Active);
                    else if (value == "At Risk")
                        cmd.filter.statuses.insert(CustomerStatus::AtRisk);
                    else if (value == "Churned")
                        cmd.filter.statuses.insert(CustomerStatus::Churned);
                    else if (value == "Never Purchased")
                        cmd.filter.statuses.insert(CustomerStatus::NeverPurchased);
                    else
                        return usageError("customer_status is Active, At Risk, Churned or Never "
                                          "Purchased, not \"" +
                                              value + "\".",
                                          "export");
                } else if (column == "favorite_category" || column == "favorite_brand") {
                    auto& set =
                        column == "favorite_category" ? cmd.filter.categories : cmd.filter.brands;
                    set.insert(value == "(none)" ? std::string() : value);
                } else {
                    return usageError("--filter works on customer_value_segment, "
                                      "customer_status, favorite_category and favorite_brand; "
                                      "use --range for numbers and dates.",
                                      "export");
                }
            }
        } else if (name == "--range") {
            const auto eq = v->find('=');
            const auto dots = v->find("..");
            if (eq == std::string::npos || dots == std::string::npos || dots < eq)
                return usageError("--range needs COLUMN=MIN..MAX (either end may be empty).",
                                  "export");
            Column column{};
            if (!columnFromName(v->substr(0, eq), column) || !isRangeColumn(column))
                return usageError("--range: \"" + v->substr(0, eq) +
                                      "\" is not a numeric or date column of customer_360.",
                                  "export");
            bool okMin = true, okMax = true;
            RangeFilter range;
            range.column = column;
            range.min = rangeEnd(v->substr(eq + 1, dots - eq - 1), column, okMin);
            range.max = rangeEnd(v->substr(dots + 2), column, okMax);
            if (!okMin || !okMax)
                return usageError("--range " + *v + ": the ends must be " +
                                      (columnInfo(column).kind == ColumnKind::Date
                                           ? "dates written YYYY-MM-DD."
                                           : "numbers like 500 or 12.5."),
                                  "export");
            cmd.filter.ranges.push_back(range);
        } else {
            return usageError("unknown option " + name + ".", "export");
        }
    }
    for (const std::string& c : includeMissing) {
        bool found = false;
        for (RangeFilter& r : cmd.filter.ranges) {
            if (columnInfo(r.column).name == c) {
                r.includeMissing = true;
                found = true;
            }
        }
        if (!found)
            return usageError("--include-missing " + c + " needs a --range on that column.",
                              "export");
    }
    if (positional.size() != 1)
        return usageError(positional.empty() ? "say which WORKSPACE to export from."
                                             : "give one WORKSPACE.",
                          "export");
    cmd.workspace = positional[0];
    if (cmd.output.empty())
        return usageError("say where to write with -o OUT.csv.", "export");
    return cmd;
}

ParsedCommand parseSegments(ArgWalker& w) {
    SegmentsCommand cmd;
    std::vector<std::string> positional;
    while (!w.done()) {
        std::optional<std::string> inlineValue;
        const std::string name = w.take(inlineValue);
        if (name == "-h" || name == "--help")
            return ShowText{kSegmentsHelp, 0};
        if (name.size() > 1 && name[0] == '-')
            return usageError("unknown option " + name + ".", "segments");
        positional.push_back(name);
    }
    if (positional.size() != 1)
        return usageError(positional.empty() ? "say which WORKSPACE to list."
                                             : "give one WORKSPACE.",
                          "segments");
    cmd.workspace = positional[0];
    return cmd;
}

ParsedCommand parseBuild(ArgWalker& w, bool terminal) {
    BuildCommand cmd;
    cmd.showProgress = terminal;
    std::vector<std::string> positional;
    while (!w.done()) {
        std::optional<std::string> inlineValue;
        const std::string name = w.take(inlineValue);
        if (name == "-h" || name == "--help")
            return ShowText{kBuildHelp, 0};
        if (name == "--quiet") {
            cmd.quiet = true;
        } else if (name == "--no-progress") {
            cmd.showProgress = false;
        } else if (name == "-o" || name == "--output") {
            auto v = w.value(inlineValue);
            if (!v || v->empty())
                return usageError("-o needs the output file (OUT.csv or OUT.c360).", "build");
            cmd.output = *v;
        } else if (isSourceOption(name)) {
            if (auto problem = parseSourceOption(name, w, inlineValue, cmd.choices, "build"))
                return *problem;
        } else if (name == "--rejects") {
            auto v = w.value(inlineValue);
            if (!v || v->empty())
                return usageError("--rejects needs a folder.", "build");
            cmd.rejectsFolder = *v;
        } else if (name == "--on-error") {
            auto v = w.value(inlineValue);
            if (!v || (*v != "skip" && *v != "stop"))
                return usageError("--on-error is skip (report bad rows and go on, the default) "
                                  "or stop (fail at the first bad row).",
                                  "build");
            cmd.options.stopAtFirstRejection = *v == "stop";
        } else if (name == "--report") {
            auto v = w.value(inlineValue);
            if (!v || v->empty())
                return usageError("--report needs a file name (REPORT.json).", "build");
            cmd.reportPath = *v;
        } else if (name == "--as-of") {
            auto v = w.value(inlineValue);
            if (!v || !parseIsoDate(*v, cmd.options.asOf))
                return usageError(
                    "--as-of needs a date written YYYY-MM-DD, for example "
                    "--as-of 2025-01-31" +
                        (v ? std::string(" (got \"") + *v + "\")." : std::string(".")),
                    "build");
        } else if (name == "--high-spend" || name == "--medium-spend") {
            auto v = w.value(inlineValue);
            Money m = 0;
            const NumberStatus s = v ? parseMoney(*v, NumberFormat{}, m) : NumberStatus::Invalid;
            if (s != NumberStatus::Ok || m < 0)
                return usageError(name + " needs an amount of money, like 1000 or 499.99" +
                                      (v ? " (got \"" + *v + "\")." : std::string(".")),
                                  "build");
            (name == "--high-spend" ? cmd.options.highSpend : cmd.options.mediumSpend) = m;
        } else if (name == "--active-days" || name == "--at-risk-days" || name == "--threads" ||
                   name == "--max-issues") {
            auto v = w.value(inlineValue);
            std::int64_t n = 0;
            const std::int64_t limit = name == "--threads" ? 256 : 1000000000;
            const std::int64_t lowest = name == "--threads" ? 1 : 0;
            if (!parseInteger(v, n) || n < lowest || n > limit)
                return usageError(name + " needs a whole number from " + std::to_string(lowest) +
                                      " to " + std::to_string(limit) +
                                      (v ? " (got \"" + *v + "\")." : std::string(".")),
                                  "build");
            if (name == "--active-days")
                cmd.options.activeDays = static_cast<std::int32_t>(n);
            else if (name == "--at-risk-days")
                cmd.options.atRiskDays = static_cast<std::int32_t>(n);
            else if (name == "--threads")
                cmd.options.threads = static_cast<unsigned>(n);
            else
                cmd.options.maxIssuesPerTable = static_cast<std::size_t>(n);
        } else if (name.size() > 1 && name[0] == '-') {
            return usageError("unknown option " + name + ".", "build");
        } else {
            positional.push_back(name);
        }
    }
    if (positional.empty())
        return usageError("say which SOURCE to build from (a folder of CSV files or a SQLite "
                          "database).",
                          "build");
    if (positional.size() > 1)
        return usageError("give one SOURCE; also got \"" + positional[1] + "\".", "build");
    cmd.source = positional[0];
    if (cmd.output.empty())
        return usageError("say where to write the result with -o OUT.csv or -o OUT.c360.", "build");
    if (outputKindFor(cmd.output) == OutputKind::Unknown)
        return usageError("the output " + cmd.output +
                              " must end in .csv (a table) or .c360, .sqlite or .db (a workspace).",
                          "build");
    if (cmd.options.highSpend < cmd.options.mediumSpend)
        return usageError("--high-spend (" + formatMoney(cmd.options.highSpend) +
                              ") must not be below --medium-spend (" +
                              formatMoney(cmd.options.mediumSpend) + ").",
                          "build");
    if (cmd.options.atRiskDays < cmd.options.activeDays)
        return usageError("--at-risk-days (" + std::to_string(cmd.options.atRiskDays) +
                              ") must not be below --active-days (" +
                              std::to_string(cmd.options.activeDays) + ").",
                          "build");
    return cmd;
}

ParsedCommand parseGenerate(ArgWalker& w, bool terminal) {
    GenerateCommand cmd;
    cmd.showProgress = terminal;
    bool haveCustomers = false;
    std::string output;
    while (!w.done()) {
        std::optional<std::string> inlineValue;
        const std::string name = w.take(inlineValue);
        if (name == "-h" || name == "--help")
            return ShowText{kGenerateHelp, 0};
        if (name == "--no-progress") {
            cmd.showProgress = false;
        } else if (name == "--customers" || name == "--seed") {
            auto v = w.value(inlineValue);
            std::uint64_t n = 0;
            const bool ok =
                v && !v->empty() &&
                std::from_chars(v->data(), v->data() + v->size(), n).ptr == v->data() + v->size();
            if (!ok || (name == "--customers" && (n < 1 || n > 50000000)))
                return usageError(name == "--customers"
                                      ? "--customers needs a whole number from 1 to 50000000."
                                      : "--seed needs a whole number.",
                                  "generate");
            if (name == "--customers") {
                cmd.options.customers = n;
                haveCustomers = true;
            } else {
                cmd.options.seed = n;
            }
        } else if (name == "--as-of") {
            auto v = w.value(inlineValue);
            if (!v || !parseIsoDate(*v, cmd.options.asOf))
                return usageError("--as-of needs a date written YYYY-MM-DD.", "generate");
        } else if (name == "-o" || name == "--output") {
            auto v = w.value(inlineValue);
            if (!v || v->empty())
                return usageError("-o needs a folder.", "generate");
            output = *v;
        } else if (name == "--sqlite") {
            auto v = w.value(inlineValue);
            if (!v || v->empty())
                return usageError("--sqlite needs a file name.", "generate");
            cmd.options.sqlitePath = *v;
        } else {
            return usageError("unknown argument " + name + ".", "generate");
        }
    }
    if (!haveCustomers)
        return usageError("say how many customers with --customers N.", "generate");
    if (output.empty() && cmd.options.sqlitePath.empty())
        return usageError("say where to write with -o DIR (or --sqlite FILE).", "generate");
    if (!output.empty()) {
        if (outputKindFor(output) == OutputKind::Workspace) {
            if (!cmd.options.sqlitePath.empty())
                return usageError("-o " + output + " and --sqlite " + cmd.options.sqlitePath +
                                      " both name a database; give -o a folder for CSV files.",
                                  "generate");
            cmd.options.sqlitePath = output;
        } else {
            cmd.options.csvFolder = output;
        }
    }
    return cmd;
}

} // namespace

ParsedCommand parseCommandLine(const std::vector<std::string>& args, bool stderrIsTerminal) {
    if (args.empty())
        return ShowText{std::string(kMainHelp), kExitUsage};
    const std::string& command = args[0];
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    ArgWalker w(rest);
    if (command == "-h" || command == "--help" || command == "help") {
        if (!rest.empty() && rest[0] == "build")
            return ShowText{kBuildHelp, 0};
        if (!rest.empty() && rest[0] == "generate")
            return ShowText{kGenerateHelp, 0};
        if (!rest.empty() && rest[0] == "inspect")
            return ShowText{kInspectHelp, 0};
        if (!rest.empty() && rest[0] == "export")
            return ShowText{kExportHelp, 0};
        if (!rest.empty() && rest[0] == "segments")
            return ShowText{kSegmentsHelp, 0};
        return ShowText{kMainHelp, 0};
    }
    if (command == "--version" || command == "version")
        return ShowText{"c360 " + std::string(programVersion()) + "\n", 0};
    if (command == "build")
        return parseBuild(w, stderrIsTerminal);
    if (command == "inspect")
        return parseInspect(w);
    if (command == "export")
        return parseExport(w);
    if (command == "generate")
        return parseGenerate(w, stderrIsTerminal);
    if (command == "segments")
        return parseSegments(w);
    return usageError("unknown command \"" + command +
                          "\". The commands are build, inspect, export, segments and generate.",
                      nullptr);
}

} // namespace c360::cli
