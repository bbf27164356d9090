#include "sources/table_schema.h"

#include <array>

namespace c360 {

const std::vector<ColumnSpec>& tableColumns(SourceTable table) {
    static const std::array<std::vector<ColumnSpec>, kSourceTableCount> kColumns = {{
        {{"customer_id", true},
         {"first_name"},
         {"last_name"},
         {"email"},
         {"phone_number"},
         {"date_of_birth"},
         {"registration_date"}},
        {{"customer_id", true},
         {"transaction_id", true},
         {"total_amount", true},
         {"product_id"},
         {"purchase_date"}},
        {{"product_id", true}, {"category"}, {"brand"}},
        {{"customer_id", true},
         {"satisfaction_score"},
         {"resolution_status"},
         {"interaction_date"}},
        {{"customer_id", true}, {"campaign_id", true}, {"response_type"}, {"response_date"}},
        {{"campaign_id", true}},
        {{"customer_id", true}, {"pages_viewed"}, {"time_spent"}, {"session_date"}},
    }};
    return kColumns[static_cast<std::size_t>(table)];
}

bool isTableColumn(SourceTable table, std::string_view column) {
    for (const ColumnSpec& c : tableColumns(table))
        if (c.name == column)
            return true;
    return false;
}

bool sourceTableFromName(std::string_view name, SourceTable& out) {
    for (std::size_t i = 0; i < kSourceTableCount; ++i) {
        if (sourceTableName(sourceTableAt(i)) == name) {
            out = sourceTableAt(i);
            return true;
        }
    }
    return false;
}

} // namespace c360
