#include "sources/csv_row_source.h"

#include "sources/file_info.h"
#include "sources/text_encoding.h"
#include "util/mapped_file.h"
#include "util/sha256.h"

#include <cctype>
#include <cstring>
#include <zlib.h>

namespace c360 {

namespace {

class CsvRowSource final : public RowSource {
public:
    // `decoded` views either the mapped bytes (UTF-8 files) or its own converted copy.
    CsvRowSource(SourceFileInfo info, MappedFile file, std::string inflated, DecodedText decoded,
                 SniffedDialect sniffed, NumberFormat numbers, bool delimiterChosen)
        : info_(std::move(info)), file_(std::move(file)), inflated_(std::move(inflated)),
          decoded_(std::move(decoded)), sniffed_(std::move(sniffed)), numbers_(numbers),
          delimiterChosen_(delimiterChosen), parser_(decoded_.text, sniffed_.dialect),
          streaming_(decoded_.text.data() == file_.bytes().data()) {
        info_.encoding = std::string(encodingName(decoded_.encoding));
        info_.byteOrderMark = decoded_.hadBom;
        info_.delimiter = std::string(1, sniffed_.dialect.delimiter);
        info_.decimalMark = std::string(1, numbers_.decimalPoint);
        if (!streaming_) {
            // Converted text was read in full already: hash the file now and give its
            // mapping back, only the UTF-8 copy is read from here on.
            sha256_ = Sha256::hex(file_.bytes());
            file_.release(0, file_.bytes().size());
        }
    }

    bool readHeader() {
        CsvRecord record;
        // Blank lines before the header are skipped; the header is the first written line.
        while (parser_.next(record)) {
            if (record.blank)
                continue;
            header_.assign(record.fields.begin(), record.fields.end());
            return true;
        }
        return false;
    }

    const std::vector<std::string>& header() const override { return header_; }

    bool next(CsvRecord& record) override {
        if (!parser_.next(record))
            return false;
        if (streaming_ && parser_.bytesConsumed() - hashed_ >= kStep) {
            const std::string_view all = file_.bytes();
            const std::size_t consumed = parser_.bytesConsumed();
            if (sha256_.empty())
                hash_.update(all.substr(hashed_, consumed - hashed_));
            hashed_ = consumed;
            // The current record's fields may still point at its own bytes: keep those.
            const auto recordStart = static_cast<std::size_t>(record.raw.data() - all.data());
            file_.release(released_, recordStart);
            released_ = recordStart;
        }
        return true;
    }

    void hashAhead() override {
        if (!streaming_ || !sha256_.empty() || hashed_ != 0)
            return;
        // Step by step, giving each step's pages back once hashed: hashing ahead must not
        // make the whole file resident (the reading faults them in again from the page cache).
        const std::string_view all = file_.bytes();
        Sha256 hash;
        const std::size_t keep = parser_.bytesConsumed(); // the header, already read
        for (std::size_t at = 0; at < all.size(); at += kStep) {
            const std::size_t end = std::min(all.size(), at + kStep);
            hash.update(all.substr(at, end - at));
            if (end > keep)
                file_.release(std::max(at, keep), end);
        }
        sha256_ = Sha256::hex(hash.finish());
    }

    std::vector<SourceFileInfo> finishFiles() override {
        if (sha256_.empty()) {
            const std::string_view all = file_.bytes();
            hash_.update(all.substr(hashed_));
            hashed_ = all.size();
            sha256_ = Sha256::hex(hash_.finish());
        }
        info_.sha256 = sha256_;
        return {info_};
    }
    const std::string& currentFile() const override { return info_.path; }

    std::uint64_t bytesDone() const override { return parser_.bytesConsumed(); }
    std::uint64_t bytesTotal() const override { return parser_.totalBytes(); }
    const std::optional<Message>& error() const override { return error_; }
    const std::vector<DecodeProblem>& decodeProblems() const override { return decoded_.problems; }
    std::uint64_t decodeProblemCount() const override { return decoded_.problemCount; }
    NumberFormat numberFormat() const override { return numbers_; }
    SlashOrder chosenSlashOrder() const override { return slashOrder_; }
    void chooseSlashOrder(SlashOrder order) { slashOrder_ = order; }
    bool headerLooksLikeNames() const override { return sniffed_.headerPresent; }
    RawLookAhead lookAhead() const override {
        return {decoded_.text.substr(parser_.bytesConsumed()), sniffed_.dialect.delimiter,
                sniffed_.dialect.quote};
    }

    std::vector<Message> notes() const override {
        using K = MessageKind;
        std::vector<Message> out;
        const std::string name(encodingName(decoded_.encoding));
        if (decoded_.encoding == TextEncoding::Utf8) {
            if (decoded_.hadBom)
                out.emplace_back(K::Utf8ByteOrderMarkSkipped);
        } else if (!decoded_.detected) {
            out.push_back(Message(K::ReadAsChosenEncoding, {name}));
        } else if (decoded_.hadBom) {
            out.push_back(Message(K::ConvertedWithByteOrderMark, {name}));
        } else if (decoded_.encoding == TextEncoding::Windows1252) {
            out.emplace_back(K::ReadAsWindows1252);
        } else {
            out.push_back(Message(K::ConvertedWithoutByteOrderMark, {name}));
        }
        const char delimiter = sniffed_.dialect.delimiter;
        if (delimiter != ',')
            out.emplace_back(delimiterChosen_ ? K::DelimiterAsChosen : K::DelimiterDetected,
                             std::vector<std::string>{}, delimiterMessage(delimiter));
        if (numbers_.decimalPoint == ',')
            out.emplace_back(sniffed_.thousandsSeparator == '.' ? K::DecimalCommaDotThousands
                                                                : K::DecimalComma);
        else if (sniffed_.thousandsSeparator == ',')
            out.emplace_back(K::CommaThousands);
        if (decoded_.problemCount > 0)
            out.push_back(
                Message(K::UndecodableBytes, {std::to_string(decoded_.problemCount), name}));
        if (header_.empty())
            out.emplace_back(K::EmptyFile);
        return out;
    }

private:
    // Hash and give back memory every few megabytes: small enough to hash bytes still in the
    // cache, large enough that the calls cost nothing.
    static constexpr std::size_t kStep = 4 << 20;

    SourceFileInfo info_;
    MappedFile file_;
    std::string inflated_; // a .csv.gz file's text; `decoded_` may view it
    DecodedText decoded_;
    SniffedDialect sniffed_;
    NumberFormat numbers_;
    bool delimiterChosen_;
    SlashOrder slashOrder_ = SlashOrder::Unknown;
    CsvParser parser_;
    bool streaming_;
    Sha256 hash_;
    std::size_t hashed_ = 0;
    std::size_t released_ = 0;
    std::string sha256_;
    std::vector<std::string> header_;
    std::optional<Message> error_;
};

} // namespace

std::optional<Message> describeNonCsvContent(std::string_view b, bool utf16Chosen) {
    using K = MessageKind;
    auto starts = [&b](std::string_view magic) {
        return b.size() >= magic.size() && std::memcmp(b.data(), magic.data(), magic.size()) == 0;
    };
    if (starts(std::string_view("PK\x03\x04", 4)))
        return Message(K::ContentIsZipArchive);
    if (starts(std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)))
        return Message(K::ContentIsOldExcel);
    if (starts("\xFF\xFE") || starts("\xFE\xFF"))
        return {}; // UTF-16 text: converted when read
    if (starts("\x1F\x8B"))
        return {}; // gzip: looked at again once decompressed
    if (starts("SQLite format 3"))
        return Message(K::ContentIsSqlite);
    if (starts("PAR1"))
        return Message(K::ContentIsParquet);
    if (starts("%PDF"))
        return Message(K::ContentIsPdf);
    {
        // JSON: an object or array from the first to the last non-space character.
        std::size_t first = 0, last = b.size();
        while (first < b.size() && std::isspace(static_cast<unsigned char>(b[first])))
            ++first;
        while (last > first && std::isspace(static_cast<unsigned char>(b[last - 1])))
            --last;
        if (last - first >= 2 && ((b[first] == '{' && b[last - 1] == '}') ||
                                  (b[first] == '[' && b[last - 1] == ']' &&
                                   b.substr(first, 64).find('{') != std::string_view::npos)))
            return Message(K::ContentIsJson);
    }
    if (bool little = false; utf16Chosen || looksLikeBomlessUtf16(b, little))
        return {}; // UTF-16 text has NUL bytes
    // NUL bytes in the first block: binary, not text.
    const std::size_t probe = std::min<std::size_t>(b.size(), 4096);
    if (std::memchr(b.data(), '\0', probe) != nullptr)
        return Message(K::ContentIsBinary);
    return {};
}

namespace {

// A gzip-compressed CSV (.csv.gz) read whole into memory. The text is moved into the row
// source, so it is kept on the heap (never in a short string's inline buffer) and views of it
// stay valid.
bool gunzip(std::string_view compressed, std::string& out, Message& error) {
    constexpr std::uint64_t kLimit = 8ull << 30;
    z_stream zs{};
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) {
        error = Message(MessageKind::GzipCannotStart);
        return false;
    }
    out.reserve(std::max<std::size_t>(64, compressed.size() * 4));
    std::size_t fed = std::min<std::size_t>(compressed.size(), UINT32_MAX);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    zs.avail_in = static_cast<uInt>(fed);
    char chunk[1 << 16];
    int rc = Z_OK;
    while (true) {
        zs.next_out = reinterpret_cast<Bytef*>(chunk);
        zs.avail_out = sizeof chunk;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
            const std::string why = zs.msg ? zs.msg : "zlib";
            inflateEnd(&zs);
            error = Message(MessageKind::GzipDamaged, {why});
            return false;
        }
        const std::size_t produced = sizeof chunk - zs.avail_out;
        out.append(chunk, produced);
        if (out.size() > kLimit) {
            inflateEnd(&zs);
            error = Message(MessageKind::GzipTooLarge);
            return false;
        }
        if (rc == Z_STREAM_END) {
            // `cat a.gz b.gz` is a valid gzip file of two members: read them all.
            if (zs.avail_in == 0 && fed >= compressed.size())
                break;
            if (inflateReset(&zs) != Z_OK) {
                inflateEnd(&zs);
                error = Message(MessageKind::GzipCannotContinue);
                return false;
            }
            rc = Z_OK;
            continue;
        }
        if (zs.avail_in == 0) {
            if (fed < compressed.size()) {
                const std::size_t more = std::min<std::size_t>(compressed.size() - fed, UINT32_MAX);
                zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data() + fed));
                zs.avail_in = static_cast<uInt>(more);
                fed += more;
            } else if (produced == 0) {
                inflateEnd(&zs);
                error = Message(MessageKind::GzipEndsEarly);
                return false;
            }
        }
    }
    inflateEnd(&zs);
    return true;
}

std::unique_ptr<CsvRowSource> openOneCsvFile(const std::string& path, const CsvReadOptions& read,
                                             SourceFileInfo& info, Message& error) {
    info.kind = "csv";
    info.path = path;
    MappedFile file;
    Message why;
    if (!file.open(path, why)) {
        error = Message(MessageKind::CannotReadFile, {path}, std::move(why));
        return nullptr;
    }
    fillFileStat(path, info); // the SHA-256 is taken while the file is read
    const bool forcedUtf16 =
        read.encoding == TextEncoding::Utf16LE || read.encoding == TextEncoding::Utf16BE;
    if (std::optional<Message> notCsv = describeNonCsvContent(file.bytes(), forcedUtf16)) {
        error = Message(MessageKind::FileIsNotCsv, {path}, std::move(*notCsv));
        return nullptr;
    }
    std::string inflated;
    std::string_view bytes = file.bytes();
    if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1F &&
        static_cast<unsigned char>(bytes[1]) == 0x8B) {
        Message unpackError;
        if (!gunzip(bytes, inflated, unpackError)) {
            error = Message(MessageKind::InFile, {path}, std::move(unpackError));
            return nullptr;
        }
        bytes = inflated;
        if (std::optional<Message> notText = describeNonCsvContent(bytes, forcedUtf16)) {
            error = Message(MessageKind::CompressedFileIsNotCsv, {path}, std::move(*notText));
            return nullptr;
        }
    }
    DecodedText decoded = decodeText(bytes, read.encoding);
    SniffedDialect sniffed = sniffDialect(decoded.text);
    if (read.delimiter)
        sniffed.dialect.delimiter = *read.delimiter;
    NumberFormat numbers;
    numbers.decimalPoint = read.decimalPoint.value_or(sniffed.decimalPoint);
    // The other mark groups thousands ("1,234.50", "1.234,50"), accepted only in strict
    // groups of three, so "1,5" in a decimal-point file is still an error, not 15.
    numbers.thousands = numbers.decimalPoint == ',' ? '.' : ',';
    auto source = std::make_unique<CsvRowSource>(info, std::move(file), std::move(inflated),
                                                 std::move(decoded), std::move(sniffed), numbers,
                                                 read.delimiter.has_value());
    source->chooseSlashOrder(read.slashOrder.value_or(SlashOrder::Unknown));
    source->readHeader();
    return source;
}

// Several files read as one table (one file per month, say): the same columns in each, line
// numbers and file names kept per file.
class MultiFileRowSource final : public RowSource {
public:
    MultiFileRowSource(std::vector<std::string> files, CsvReadOptions read,
                       std::unique_ptr<CsvRowSource> first, SourceFileInfo firstInfo)
        : files_(std::move(files)), read_(std::move(read)), current_(std::move(first)),
          info_(std::move(firstInfo)) {
        header_ = current_->header();
        for (const std::string& h : header_)
            normalizedHeader_.push_back(normalizeName(h));
        for (const std::string& f : files_) {
            SourceFileInfo stat;
            fillFileStat(f, stat);
            total_ += stat.sizeBytes;
        }
    }

    const std::vector<std::string>& header() const override { return header_; }

    bool next(CsvRecord& record) override {
        while (current_) {
            if (current_->next(record))
                return true;
            if (current_->error()) {
                error_ = current_->error();
                return false;
            }
            if (!openNext())
                return false;
        }
        return false;
    }

    std::uint64_t bytesDone() const override {
        return doneBefore_ + (current_ ? current_->bytesDone() : 0);
    }
    std::uint64_t bytesTotal() const override { return total_; }
    const std::optional<Message>& error() const override { return error_; }
    const std::string& currentFile() const override { return files_[index_]; }
    std::size_t currentFileIndex() const override { return index_; }
    const std::string& fileName(std::size_t index) const override { return files_[index]; }
    NumberFormat numberFormat() const override {
        return current_ ? current_->numberFormat() : numbers_;
    }
    SlashOrder chosenSlashOrder() const override {
        return read_.slashOrder.value_or(SlashOrder::Unknown);
    }
    bool headerLooksLikeNames() const override { return headerNames_; }
    const std::vector<DecodeProblem>& decodeProblems() const override { return problems_; }
    std::uint64_t decodeProblemCount() const override { return problemCount_; }

    std::vector<Message> notes() const override {
        std::vector<Message> out = notes_;
        if (current_)
            for (Message& n : current_->notes())
                out.emplace_back(MessageKind::InFile, std::vector<std::string>{files_[index_]},
                                 std::move(n));
        out.push_back(Message(MessageKind::ReadFromFiles, {std::to_string(files_.size())}));
        return out;
    }

    std::vector<SourceFileInfo> finishFiles() override {
        if (current_) {
            collect();
            current_.reset();
        }
        return done_;
    }

    void rememberFirst() {
        numbers_ = current_->numberFormat();
        headerNames_ = current_->headerLooksLikeNames();
    }

private:
    // Keeps what the finished file has to say: its notes, its decode problems, its hash.
    void collect() {
        for (Message& n : current_->notes())
            notes_.emplace_back(MessageKind::InFile, std::vector<std::string>{files_[index_]},
                                std::move(n));
        for (DecodeProblem p : current_->decodeProblems()) {
            if (problems_.size() >= 20)
                break;
            p.file = files_[index_];
            problems_.push_back(std::move(p));
        }
        problemCount_ += current_->decodeProblemCount();
        doneBefore_ += current_->bytesTotal();
        for (SourceFileInfo& info : current_->finishFiles())
            done_.push_back(std::move(info));
    }

    bool openNext() {
        collect();
        current_.reset();
        if (index_ + 1 >= files_.size())
            return false;
        ++index_;
        SourceFileInfo info;
        info.table = info_.table;
        Message why;
        current_ = openOneCsvFile(files_[index_], read_, info, why);
        if (!current_) {
            error_ = why;
            return false;
        }
        std::vector<std::string> normalized;
        for (const std::string& h : current_->header())
            normalized.push_back(normalizeName(h));
        if (normalized != normalizedHeader_ && !current_->header().empty()) {
            std::string header;
            for (std::size_t i = 0; i < current_->header().size(); ++i)
                header += (i ? ", " : "") + ("\"" + current_->header()[i] + "\"");
            error_ =
                Message(MessageKind::FileHasOtherColumns, {files_[index_], files_.front(), header});
            current_.reset();
            return false;
        }
        return true;
    }

    std::vector<std::string> files_;
    CsvReadOptions read_;
    std::unique_ptr<CsvRowSource> current_;
    SourceFileInfo info_;
    std::size_t index_ = 0;
    std::vector<std::string> header_, normalizedHeader_;
    std::uint64_t total_ = 0, doneBefore_ = 0;
    std::vector<Message> notes_;
    std::vector<DecodeProblem> problems_;
    std::uint64_t problemCount_ = 0;
    std::vector<SourceFileInfo> done_;
    NumberFormat numbers_;
    bool headerNames_ = true;
    std::optional<Message> error_;
};

} // namespace

std::unique_ptr<RowSource> openCsvRowSource(const std::vector<std::string>& files,
                                            const CsvReadOptions& read, const std::string& table,
                                            Message& error) {
    SourceFileInfo info;
    info.table = table;
    auto first = openOneCsvFile(files.front(), read, info, error);
    if (!first)
        return nullptr;
    if (files.size() == 1)
        return first;
    auto multi = std::make_unique<MultiFileRowSource>(files, read, std::move(first), info);
    multi->rememberFirst();
    return multi;
}

} // namespace c360
