// The column image: customer_360's columns stored as BLOBs beside the SQL table in a
// workspace, so the workbench opens a million customers by copying arrays instead of
// converting 29 million SQLite values (4.5 s -> well under a second). The SQL table stays the
// contract's table for anyone with sqlite3; triggers on it delete the image whenever the table
// is changed, so an edited workspace falls back to reading the rows and is never shown stale.
#pragma once

#include "engine/customer360.h"
#include "messages/message.h"

#include <string>

struct sqlite3;

namespace c360 {

// Writes the image inside the caller's transaction. It may be written before customer_360's
// rows; guardColumnImage must follow the last of them.
bool writeColumnImage(sqlite3* db, const Customer360& table, Message& error);
// Adds the triggers that drop the image when customer_360 is changed.
bool guardColumnImage(sqlite3* db, Message& error);

enum class ImageRead { Loaded, Absent, Invalid };
// Absent when the workspace has no image (older workspaces, or the table was edited);
// Invalid when it is there but inconsistent (then `table` is left empty and the caller reads
// the rows).
ImageRead readColumnImage(sqlite3* db, Customer360& table);

} // namespace c360
