// customer_360 as a SQL table in a workspace, with its column image (workspace/column_image.h).
#pragma once

#include "engine/customer360.h"
#include "util/atomic_file.h"
#include "workspace/workspace_sql.h"

#include <string>

namespace c360 {

// Creates customer_360 in `db` (inside its transaction) and writes every row in order, using
// up to `threads` threads, then the column image and its triggers. `file` is the workspace
// being written, told to start its write-back as chunks land. Values and types do not depend
// on the thread count. The connection is in a transaction again on return.
bool writeCustomerTable(workspace_sql::Database& db, AtomicFile& file, const Customer360& table,
                        unsigned threads, Message& error);

} // namespace c360
