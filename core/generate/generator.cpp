#include "generate/generator.h"

#include "generate/row_sink.h"
#include "sources/source_set.h"

#include <array>
#include <charconv>
#include <cstring>

namespace c360 {

namespace {

__extension__ using Unsigned128 = unsigned __int128;

// SplitMix64: tiny, fast and good enough for test data; one stream per (table, customer) so
// tables can be written one after another and still describe the same customers.
class Random {
public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n).
    std::uint64_t below(std::uint64_t n) {
        return static_cast<std::uint64_t>((static_cast<Unsigned128>(next()) * n) >> 64);
    }
    std::int64_t between(std::int64_t lo, std::int64_t hi) { // inclusive
        return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo + 1)));
    }
    bool chance(double p) { return static_cast<double>(next() >> 11) * 0x1.0p-53 < p; }
    template <typename T, std::size_t N> const T& pick(const std::array<T, N>& a) {
        return a[below(N)];
    }

private:
    std::uint64_t state_;
};

std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
    Random r(a * 0x9E3779B97F4A7C15ull ^ (b + 0x632BE59BD9B4E019ull));
    r.next();
    return r.next();
}

enum Stream : std::uint64_t { kProfile = 1, kPurchases, kService, kResponses, kSessions, kExtra };

constexpr std::array<std::string_view, 24> kFirstNames = {
    "Anna",   "Ben",     "Chloé", "David",  "Elif",  "Farah", "Gustav", "Hana",
    "Ingrid", "José",    "Kai",   "Łukasz", "María", "Noah",  "Olivia", "Priya",
    "Quinn",  "Rosalía", "Søren", "Tomás",  "Uma",   "Wei",   "Yusuf",  "Zoë"};
constexpr std::array<std::string_view, 24> kLastNames = {
    "Müller",         "Smith",   "García",    "O'Brien",   "Nguyen",       "Kowalski",
    "Rossi",          "Öztürk",  "Dubois",    "Johansson", "Papadopoulos", "Tanaka",
    "Silva",          "Novák",   "Hernández", "Kim",       "Smith, Jr.",   "van der Berg",
    "Ó Súilleabháin", "Lefèvre", "Jensen",    "Brown",     "Wang",         "Ivanova"};

struct Category {
    std::string_view name;
    std::array<std::string_view, 3> brands;
};
constexpr std::array<Category, 10> kCategories = {{
    {"Electronics", {"Voltra", "Nordlicht", "Kestrel"}},
    {"Books", {"Papyrus & Co", "Leselust", "Inkwell"}},
    {"Home & Garden", {"Søstrene", "Greenfold", "Casa Bella"}},
    {"Toys, Games", {"Blokk", "Playwise", "Kestrel"}},
    {"Beauty", {"Lumière", "Aroma\"Lab\"", "Nordlicht"}},
    {"Sports", {"Stride", "Peakform", "Voltra"}},
    {"Grocery", {"Nestlé", "Bio Farm", "Greenfold"}},
    {"Fashion", {"Atelier Noé", "Stride", "Casa Bella"}},
    {"Office", {"Inkwell", "Papyrus & Co", "Blokk"}},
    {"Pet Supplies", {"Pawsome", "Bio Farm", "Playwise"}},
}};

constexpr std::size_t kProducts = 400;
constexpr std::size_t kCampaigns = 40;

bool isPrime(std::uint64_t n) {
    if (n < 2)
        return false;
    for (std::uint64_t d = 2; d * d <= n; ++d)
        if (n % d == 0)
            return false;
    return true;
}

struct Profile {
    std::int64_t id = 0;
    Days registration = kNullDate;
    Days birth = kNullDate;
};

class Generator {
public:
    Generator(const GenerateOptions& options, RowSink& sink, GenerateStats& stats,
              BuildObserver* observer)
        : o_(options), sink_(sink), stats_(stats), observer_(observer) {
        // Ids are a bijection of the index modulo a prime, so they are unique, not sorted, and
        // all >= 10000; orphan ids are below 10000.
        prime_ = std::max<std::uint64_t>(11, o_.customers * 10 + 11);
        while (!isPrime(prime_))
            ++prime_;
    }

    bool run(std::string& error) {
        return customers(error) && catalog(error) && purchases(error) && service(error) &&
               campaigns(error) && responses(error) && sessions(error) && sink_.finish(error);
    }

private:
    Profile profile(std::uint64_t i) const {
        Random r(mix(o_.seed, kProfile * 0x100000000ull + i));
        Profile p;
        p.id = 10000 + static_cast<std::int64_t>((i * 2654435761ull + 7) % prime_);
        const Days asOf = o_.asOf;
        const std::uint64_t regKind = r.below(1000);
        if (regKind < 10)
            p.registration = asOf + static_cast<Days>(r.between(1, 120)); // after as_of
        else if (regKind < 15)
            p.registration = asOf; // registered on the snapshot day
        else if (regKind < 25)
            p.registration = kNullDate;
        else
            p.registration = asOf - static_cast<Days>(r.between(1, 5 * 365));
        const std::uint64_t dobKind = r.below(1000);
        const CivilDate today = civilFromDays(asOf);
        if (dobKind < 30) {
            p.birth = kNullDate;
        } else if (dobKind < 36) {
            int year = static_cast<int>(r.between(1948, 2004));
            while (!((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
                ++year;
            p.birth = daysFromCivil(year, 2, 29); // leap-day birthday
        } else if (dobKind < 42) {
            p.birth = daysFromCivil(static_cast<int>(r.between(1950, 2005)), today.month,
                                    std::min(today.day, 28)); // birthday today (or near)
        } else if (dobKind < 48) {
            const CivilDate tomorrow = civilFromDays(asOf + 1);
            p.birth = daysFromCivil(static_cast<int>(r.between(1950, 2005)), tomorrow.month,
                                    std::min(tomorrow.day, 28));
        } else if (dobKind < 49) {
            p.birth = asOf + static_cast<Days>(r.between(1, 400)); // a data error
        } else {
            p.birth = daysFromCivil(static_cast<int>(r.between(1940, 2007)),
                                    static_cast<int>(r.between(1, 12)),
                                    static_cast<int>(r.between(1, 28)));
        }
        return p;
    }

    std::string_view dateText(std::string& buf, Days d) {
        buf.clear();
        appendDate(buf, d);
        return buf;
    }

    // Some systems write date-times; the date part is what counts.
    std::string_view dateTimeText(std::string& buf, Days d, Random& r) {
        buf.clear();
        appendDate(buf, d);
        const std::uint64_t style = r.below(10);
        if (style == 0)
            buf += " 14:05:09";
        else if (style == 1)
            buf += "T08:30:00Z";
        return buf;
    }

    void progress(std::string_view table, std::uint64_t done) {
        if (!observer_ || (done & 0xFFFF) != 0)
            return;
        BuildProgress p;
        p.table = std::string(table);
        p.rowsDone = done;
        p.bytesDone = done;
        p.bytesTotal = o_.customers;
        observer_->progress(p);
    }

    bool begin(SourceTable t, std::vector<SinkColumn> columns, std::string& error) {
        table_ = t;
        return sink_.beginTable(std::string(sourceTableName(t)), columns, error);
    }
    void emit(std::initializer_list<Cell> cells) {
        sink_.row(cells.begin(), cells.size());
        ++stats_.rows[static_cast<std::size_t>(table_)];
    }
    bool end(std::string& error) { return sink_.endTable(error); }

    std::int64_t orphanId(Random& r) { return static_cast<std::int64_t>(r.between(1, 9999)); }

    bool customers(std::string& error) {
        if (!begin(SourceTable::CustomerInfo,
                   {{"customer_id", "INTEGER"},
                    {"first_name", "TEXT"},
                    {"last_name", "TEXT"},
                    {"email", "TEXT"},
                    {"phone_number", "TEXT"},
                    {"date_of_birth", "TEXT"},
                    {"registration_date", "TEXT"}},
                   error))
            return false;
        std::string first, last, email, phone, dob, reg, idText;
        std::vector<std::uint64_t> duplicates;
        for (std::uint64_t i = 0; i < o_.customers; ++i) {
            progress("customer_info", i);
            const Profile p = profile(i);
            Random r(mix(o_.seed, kExtra * 0x100000000ull + i));
            first = r.pick(kFirstNames);
            if (r.chance(0.002))
                first += "\nMarie"; // a line break inside a quoted field
            last = r.pick(kLastNames);
            if (r.chance(0.002))
                last = "\"The Boss\" " + last;
            email.clear();
            if (!r.chance(0.03))
                email = "customer" + std::to_string(p.id) + "@example.com";
            phone.clear();
            if (!r.chance(0.05)) {
                const std::uint64_t style = r.below(3);
                const std::string digits = std::to_string(r.between(1000000, 9999999));
                phone = style == 0   ? "+49 30 " + digits
                        : style == 1 ? "(555) " + digits.substr(0, 3) + "-" + digits.substr(3)
                                     : "0044 20 " + digits;
            }
            const Cell dobCell =
                p.birth == kNullDate ? Cell::null() : Cell::of(dateText(dob, p.birth));
            const Cell regCell = p.registration == kNullDate
                                     ? Cell::null()
                                     : Cell::of(dateText(reg, p.registration));
            emit({Cell::of(p.id), Cell::of(first), Cell::of(last),
                  email.empty() ? Cell::null() : Cell::of(email),
                  phone.empty() ? Cell::null() : Cell::of(phone), dobCell, regCell});
            if (r.chance(0.004))
                duplicates.push_back(i);
            if (r.chance(0.0005))
                emit({Cell::null(), Cell::of("Nameless"), Cell::null(), Cell::null(), Cell::null(),
                      Cell::null(), Cell::null()}); // empty key: rejected
        }
        // Later rows for ids already seen: the first row wins, these are rejected.
        for (const std::uint64_t i : duplicates) {
            const Profile p = profile(i);
            emit({Cell::of(p.id), Cell::of("Duplicate"), Cell::of("Entry"),
                  Cell::of("dup@example.com"), Cell::null(), Cell::null(),
                  Cell::of(dateText(reg, o_.asOf - 1))});
        }
        return end(error);
    }

    bool catalog(std::string& error) {
        if (!begin(SourceTable::ProductCatalog,
                   {{"product_id", "TEXT"},
                    {"product_name", "TEXT"},
                    {"category", "TEXT"},
                    {"brand", "TEXT"},
                    {"price", "REAL"}},
                   error))
            return false;
        Random r(mix(o_.seed, 99));
        std::string id, name;
        for (std::size_t p = 0; p < kProducts; ++p) {
            const Category& c = kCategories[p % kCategories.size()];
            id = "P" + std::to_string(1000 + p);
            name = std::string(c.name) + " item " + std::to_string(p);
            const bool noCategory = p % 97 == 13;
            const bool noBrand = p % 89 == 7;
            emit({Cell::of(id), Cell::of(name), noCategory ? Cell::null() : Cell::of(c.name),
                  noBrand ? Cell::null() : Cell::of(c.brands[r.below(3)]),
                  Cell::ofCents(r.between(199, 49999))});
        }
        emit({Cell::of("P1000"), Cell::of("duplicate row"), Cell::of("Books"), Cell::of("Inkwell"),
              Cell::ofCents(100)});
        return end(error);
    }

    std::size_t product(Random& r) {
        // Skewed: low product numbers sell more, so favourites are not uniform.
        const std::uint64_t a = r.below(kProducts), b = r.below(kProducts);
        return static_cast<std::size_t>(std::min(a, b));
    }

    Days purchaseDate(Random& r, const Profile& p) {
        const Days start =
            p.registration == kNullDate ? o_.asOf - 730 : std::min(p.registration, o_.asOf);
        const Days span = o_.asOf - start;
        return start + static_cast<Days>(r.between(0, span));
    }

    bool purchases(std::string& error) {
        if (!begin(SourceTable::PurchaseTransactions,
                   {{"transaction_id", "TEXT"},
                    {"customer_id", "INTEGER"},
                    {"product_id", "TEXT"},
                    {"purchase_date", "TEXT"},
                    {"quantity", "INTEGER"},
                    {"total_amount", "REAL"}},
                   error))
            return false;
        std::uint64_t transactionNo = 0;
        std::string tx, prod, date;
        auto line = [&](std::int64_t customer, std::string_view txId, Cell productCell, Days d,
                        Cell amount) {
            const Cell dateCell = d == kNullDate ? Cell::null() : Cell::of(dateText(date, d));
            emit({Cell::of(txId), Cell::of(customer), productCell, dateCell, Cell::of(1), amount});
        };
        auto productCell = [&](Random& r, std::size_t p) {
            if (r.chance(0.005)) {
                prod = "P-GONE-" + std::to_string(r.below(50)); // not in the catalogue
                return Cell::of(prod);
            }
            if (r.chance(0.004))
                return Cell::null();
            prod = "P" + std::to_string(1000 + p);
            return Cell::of(prod);
        };
        auto newTx = [&] {
            ++transactionNo;
            tx = "TX" + std::to_string(1000000 + transactionNo);
            return std::string_view(tx);
        };
        for (std::uint64_t i = 0; i < o_.customers; ++i) {
            progress("purchase_transactions", i);
            const Profile p = profile(i);
            Random r(mix(o_.seed, kPurchases * 0x100000000ull + i));
            const std::uint64_t kind = r.below(1000);
            if (kind < 150)
                continue; // never purchased
            if (kind < 170) {
                // Spend exactly on, or a cent beside, a threshold.
                static constexpr std::array<std::int64_t, 6> kTargets = {50000,  100000, 50001,
                                                                         100001, 49999,  99999};
                const std::int64_t target = r.pick(kTargets);
                const std::int64_t firstPart = r.between(100, target / 2);
                const Days d = purchaseDate(r, p);
                line(p.id, newTx(), productCell(r, product(r)), d, Cell::ofCents(firstPart));
                line(p.id, newTx(), productCell(r, product(r)), d,
                     Cell::ofCents(target - firstPart));
                continue;
            }
            if (kind < 190) {
                // Last purchase exactly 0, 30, 31, 90 or 91 days before as_of.
                static constexpr std::array<Days, 5> kAges = {0, 30, 31, 90, 91};
                line(p.id, newTx(), productCell(r, product(r)), o_.asOf - r.pick(kAges),
                     Cell::ofCents(r.between(500, 30000)));
                continue;
            }
            if (kind < 210) {
                // A favourite tie: two categories with the same count and the same spend.
                const std::size_t a = r.below(kCategories.size());
                const std::size_t b =
                    (a + 1 + r.below(kCategories.size() - 1)) % kCategories.size();
                const Cell amount = Cell::ofCents(r.between(1000, 9000));
                const Days d = purchaseDate(r, p);
                const std::string_view t = newTx();
                prod = "P" + std::to_string(1000 + a + 20);
                line(p.id, t, Cell::of(prod), d, amount);
                prod = "P" + std::to_string(1000 + b + 20);
                line(p.id, t, Cell::of(prod), d, amount);
                continue;
            }
            const std::int64_t transactions =
                1 + static_cast<std::int64_t>(r.below(6)) + static_cast<std::int64_t>(r.below(5));
            for (std::int64_t t = 0; t < transactions; ++t) {
                Days d = purchaseDate(r, p);
                if (r.chance(0.02))
                    d = o_.asOf + static_cast<Days>(r.between(1, 60)); // after as_of
                else if (r.chance(0.01))
                    d = kNullDate;
                const std::string_view txId = newTx();
                const std::int64_t lines = r.chance(0.35) ? r.between(2, 4) : 1;
                for (std::int64_t l = 0; l < lines; ++l) {
                    std::int64_t cents = r.between(199, 24999);
                    if (r.chance(0.03))
                        cents = -cents; // refund
                    if (r.chance(0.0005)) {
                        emit({Cell::of(txId), Cell::of(p.id), Cell::null(), Cell::null(),
                              Cell::of(1), Cell::of("n/a")}); // rejected: not an amount
                        continue;
                    }
                    line(p.id, txId, productCell(r, product(r)), d, Cell::ofCents(cents));
                }
            }
            if (r.chance(0.01))
                line(orphanId(r), newTx(), productCell(r, product(r)), purchaseDate(r, p),
                     Cell::ofCents(r.between(199, 9999)));
            if (r.chance(0.0005))
                emit({Cell::of(newTx()), Cell::null(), Cell::null(), Cell::null(), Cell::of(1),
                      Cell::ofCents(500)}); // rejected: no customer
        }
        return end(error);
    }

    bool service(std::string& error) {
        if (!begin(SourceTable::CustomerService,
                   {{"interaction_id", "INTEGER"},
                    {"customer_id", "INTEGER"},
                    {"interaction_date", "TEXT"},
                    {"channel", "TEXT"},
                    {"satisfaction_score", "INTEGER"},
                    {"resolution_status", "TEXT"},
                    {"notes", "TEXT"}},
                   error))
            return false;
        static constexpr std::array<std::string_view, 7> kStatus = {
            "Resolved", "Resolved", "resolved", " RESOLVED ", "Pending", "Escalated", ""};
        static constexpr std::array<std::string_view, 4> kChannels = {"phone", "email", "chat",
                                                                      "store"};
        static constexpr std::array<std::string_view, 5> kNotes = {
            "", "Called twice, then solved", "Said: \"works now\"", "Refund issued,\nclosed",
            "Waiting for parts"};
        std::int64_t interaction = 0;
        std::string date;
        for (std::uint64_t i = 0; i < o_.customers; ++i) {
            progress("customer_service", i);
            const Profile p = profile(i);
            Random r(mix(o_.seed, kService * 0x100000000ull + i));
            const std::int64_t count =
                static_cast<std::int64_t>(r.below(3)) + static_cast<std::int64_t>(r.below(2));
            for (std::int64_t k = 0; k < count; ++k) {
                Days d = purchaseDate(r, p);
                if (r.chance(0.02))
                    d = o_.asOf + static_cast<Days>(r.between(1, 30));
                const Cell dateCell =
                    r.chance(0.02) ? Cell::null() : Cell::of(dateTimeText(date, d, r));
                Cell score = r.chance(0.1) ? Cell::null() : Cell::of(r.between(1, 5));
                if (r.chance(0.002))
                    score = Cell::of("n/a"); // not a number: NULL with a warning
                const std::string_view status = r.pick(kStatus);
                const std::string_view note = r.pick(kNotes);
                const std::int64_t customer = r.chance(0.01) ? orphanId(r) : p.id;
                emit({Cell::of(++interaction), Cell::of(customer), dateCell,
                      Cell::of(r.pick(kChannels)), score,
                      status.empty() ? Cell::null() : Cell::of(status),
                      note.empty() ? Cell::null() : Cell::of(note)});
            }
        }
        return end(error);
    }

    bool campaigns(std::string& error) {
        if (!begin(SourceTable::MarketingCampaigns,
                   {{"campaign_id", "TEXT"},
                    {"campaign_name", "TEXT"},
                    {"channel", "TEXT"},
                    {"start_date", "TEXT"},
                    {"end_date", "TEXT"}},
                   error))
            return false;
        static constexpr std::array<std::string_view, 5> kNames = {
            "Spring sale", "Back to school, 2 for 1", "\"Black Friday\" early access", "Newsletter",
            "Win-back: we miss you"};
        static constexpr std::array<std::string_view, 3> kChannels = {"email", "sms", "social"};
        Random r(mix(o_.seed, 77));
        std::string id, name, start, finish;
        for (std::size_t c = 0; c < kCampaigns; ++c) {
            id = "CMP-" + std::to_string(100 + c);
            name = std::string(kNames[c % kNames.size()]) + " #" + std::to_string(c);
            const Days s = o_.asOf - static_cast<Days>(r.between(30, 700));
            emit({Cell::of(id), Cell::of(name), Cell::of(r.pick(kChannels)),
                  Cell::of(dateText(start, s)), Cell::of(dateText(finish, s + 21))});
        }
        emit({Cell::of("CMP-100"), Cell::of("duplicate"), Cell::of("email"), Cell::null(),
              Cell::null()});
        return end(error);
    }

    bool responses(std::string& error) {
        if (!begin(SourceTable::CampaignResponses,
                   {{"response_id", "INTEGER"},
                    {"customer_id", "INTEGER"},
                    {"campaign_id", "TEXT"},
                    {"response_type", "TEXT"},
                    {"response_date", "TEXT"}},
                   error))
            return false;
        static constexpr std::array<std::string_view, 6> kTypes = {
            "Positive", "Negative", "Neutral", "positive", " POSITIVE", "Negative"};
        std::int64_t response = 0;
        std::string campaign, date;
        for (std::uint64_t i = 0; i < o_.customers; ++i) {
            progress("campaign_responses", i);
            const Profile p = profile(i);
            Random r(mix(o_.seed, kResponses * 0x100000000ull + i));
            const std::int64_t count = static_cast<std::int64_t>(r.below(4));
            std::size_t last = r.below(kCampaigns);
            for (std::int64_t k = 0; k < count; ++k) {
                // Sometimes the same campaign twice: counted once.
                const std::size_t c = r.chance(0.2) ? last : r.below(kCampaigns);
                last = c;
                campaign = r.chance(0.03) ? "CMP-999" : "CMP-" + std::to_string(100 + c);
                Days d = purchaseDate(r, p);
                if (r.chance(0.02))
                    d = o_.asOf + static_cast<Days>(r.between(1, 30));
                const Cell dateCell = r.chance(0.02) ? Cell::null() : Cell::of(dateText(date, d));
                const std::int64_t customer = r.chance(0.01) ? orphanId(r) : p.id;
                emit({Cell::of(++response), Cell::of(customer), Cell::of(campaign),
                      r.chance(0.05) ? Cell::null() : Cell::of(r.pick(kTypes)), dateCell});
            }
        }
        return end(error);
    }

    bool sessions(std::string& error) {
        if (!begin(SourceTable::WebsiteBehavior,
                   {{"session_id", "INTEGER"},
                    {"customer_id", "INTEGER"},
                    {"session_date", "TEXT"},
                    {"pages_viewed", "INTEGER"},
                    {"time_spent", "REAL"}},
                   error))
            return false;
        std::int64_t session = 0;
        std::string date;
        for (std::uint64_t i = 0; i < o_.customers; ++i) {
            progress("website_behavior", i);
            const Profile p = profile(i);
            Random r(mix(o_.seed, kSessions * 0x100000000ull + i));
            const std::int64_t count =
                static_cast<std::int64_t>(r.below(6)) + static_cast<std::int64_t>(r.below(5));
            for (std::int64_t k = 0; k < count; ++k) {
                Days d = purchaseDate(r, p);
                if (r.chance(0.02))
                    d = o_.asOf + static_cast<Days>(r.between(1, 30));
                const Cell dateCell =
                    r.chance(0.01) ? Cell::null() : Cell::of(dateTimeText(date, d, r));
                const Cell pages = r.chance(0.03) ? Cell::null() : Cell::of(r.between(1, 40));
                // Seconds with one decimal, as analytics exports write them.
                const Cell time =
                    r.chance(0.03) ? Cell::null()
                                   : Cell::ofReal(static_cast<double>(r.between(50, 36000)) / 10.0);
                const std::int64_t customer = r.chance(0.01) ? orphanId(r) : p.id;
                emit({Cell::of(++session), Cell::of(customer), dateCell, pages, time});
            }
        }
        return end(error);
    }

    const GenerateOptions& o_;
    RowSink& sink_;
    GenerateStats& stats_;
    BuildObserver* observer_;
    std::uint64_t prime_ = 11;
    SourceTable table_ = SourceTable::CustomerInfo;
};

} // namespace

bool generateSources(const GenerateOptions& options, GenerateStats& stats, std::string& error,
                     BuildObserver* observer) {
    GenerateOptions o = options;
    if (o.asOf == kNullDate)
        o.asOf = todayLocal();
    if (o.csvFolder.empty() && o.sqlitePath.empty()) {
        error = "Say where to write the sources: a folder for CSV files or a SQLite file.";
        return false;
    }
    FanOutSink sink;
    if (!o.csvFolder.empty())
        sink.add(makeCsvSink(o.csvFolder));
    if (!o.sqlitePath.empty())
        sink.add(makeSqliteSink(o.sqlitePath));
    Generator generator(o, sink, stats, observer);
    if (!generator.run(error))
        return false;
    stats.bytes = sink.bytesWritten();
    return true;
}

} // namespace c360
