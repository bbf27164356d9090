// Where generated rows go: CSV files or a SQLite database, from the same stream of values.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace c360 {

struct Cell {
    enum class Kind : std::uint8_t { Null, Integer, Real, Cents, Text };
    Kind kind = Kind::Null;
    std::int64_t integer = 0; // Integer, or Cents (hundredths)
    double real = 0;
    std::string_view text;

    static Cell null() { return {}; }
    static Cell of(std::int64_t v) { return {Kind::Integer, v, 0, {}}; }
    static Cell ofReal(double v) { return {Kind::Real, 0, v, {}}; }
    static Cell ofCents(std::int64_t v) { return {Kind::Cents, v, 0, {}}; }
    static Cell of(std::string_view s) { return {Kind::Text, 0, 0, s}; }
};

struct SinkColumn {
    std::string name;
    std::string sqlType;
};

class RowSink {
public:
    virtual ~RowSink() = default;
    virtual bool beginTable(const std::string& table, const std::vector<SinkColumn>& columns,
                            std::string& error) = 0;
    virtual void row(const Cell* cells, std::size_t count) = 0;
    virtual bool endTable(std::string& error) = 0;
    virtual bool finish(std::string& error) = 0;
    virtual std::uint64_t bytesWritten() const { return 0; }
};

std::unique_ptr<RowSink> makeCsvSink(const std::string& folder);
std::unique_ptr<RowSink> makeSqliteSink(const std::string& path);

// Sends every row to several sinks.
class FanOutSink final : public RowSink {
public:
    void add(std::unique_ptr<RowSink> sink) { sinks_.push_back(std::move(sink)); }
    bool beginTable(const std::string& table, const std::vector<SinkColumn>& columns,
                    std::string& error) override;
    void row(const Cell* cells, std::size_t count) override;
    bool endTable(std::string& error) override;
    bool finish(std::string& error) override;
    std::uint64_t bytesWritten() const override;

private:
    std::vector<std::unique_ptr<RowSink>> sinks_;
};

} // namespace c360
