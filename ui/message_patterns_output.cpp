// The workbench's words for writing and reading workspaces and for saved segments.
// Every case's text is the core's English (core/messages/kinds_*.inc) word for word, apart from
// %Ln for a count: tests/ui_messages compares them.
#include "message_patterns.h"

#include <QCoreApplication>

namespace c360::ui::message_patterns {

namespace {

// The translation context of every message the engine reports.
class Messages {
    Q_DECLARE_TR_FUNCTIONS(c360::ui::Messages)
};

} // namespace

QString output(MessageKind kind) {
    using K = MessageKind;
    switch (kind) {
    case K::WritingWorkspaceFailed:
        //: %1: SQLite's words.
        return Messages::tr("Writing the workspace failed: %1. Is the disk full?");
    case K::WritingWorkspaceFailedBecause:
        //: %1: SQLite's words.
        return Messages::tr("Writing the workspace failed: %1");
    case K::CannotCreateWorkspace:
        //: %1: the workspace file; %2: SQLite's words.
        return Messages::tr("Cannot create the workspace %1: %2.");
    case K::PreparingWorkspaceFailed:
        return Messages::tr("Preparing the workspace failed.");
    case K::NotEnoughMemoryForWorkspace:
        return Messages::tr("Not enough memory to prepare the workspace.");
    case K::WorkspaceChunkUnreadable:
        return Messages::tr("Writing the workspace failed: a chunk of customer_360 could not be "
                            "read.");
    case K::NoWorkspaceOpen:
        return Messages::tr("No workspace is open.");
    case K::CannotOpenWorkspace:
        //: %1: the workspace file; %2: SQLite's words.
        return Messages::tr("Cannot open the workspace %1: %2.");
    case K::NotAWorkspace:
        //: %1 is a file name (twice); %2 is SQLite's own words, in English. "c360 build SOURCE -o"
        //: is a command, written as it is.
        return Messages::tr("%1 is not a workspace written by c360 build (%2). Build one with: "
                            "c360 build SOURCE -o %1");
    case K::ReadingWorkspaceFailed:
        //: %1: the workspace file; %2: SQLite's words.
        return Messages::tr("Reading %1 failed: %2.");
    case K::SegmentsNotChanged:
        //: %1: the workspace file; %2: SQLite's words.
        return Messages::tr("Could not change the saved segments in %1 (%2). Check that the disk "
                            "is not full and the file is not open for writing elsewhere, then "
                            "try again.");
    case K::SegmentsCannotOpenWorkspace:
        //: %1 is a file name (twice); %2 is SQLite's own words, in English. "c360 build SOURCE -o"
        //: is a command, written as it is.
        return Messages::tr("Cannot open the workspace %1 (%2). Check the path, or build one "
                            "with: c360 build SOURCE -o %1");
    case K::SegmentsNotAWorkspace:
        //: %1 is a file name (twice). "c360 build SOURCE -o" is a command, written as it is.
        return Messages::tr("%1 is not a workspace written by c360 build. Build one with: c360 "
                            "build SOURCE -o %1");
    case K::WorkspaceReadOnly:
        //: %1: the workspace file.
        return Messages::tr("%1 is read-only, so its saved segments cannot be changed. Make the "
                            "file writable (or copy it somewhere you can write) and try again.");
    case K::SegmentsUnreadable:
        //: %1: the workspace file; %2: SQLite's words.
        return Messages::tr("The saved segments in %1 cannot be read (%2). The workspace may be "
                            "damaged; rebuild it with c360 build.");
    case K::SegmentConditionNotUnderstood:
        //: %1: the segment's name; %2: the workspace file; %3: the condition as stored.
        return Messages::tr("The saved segment \"%1\" in %2 has a condition (%3) this version of "
                            "c360 does not understand. Delete the segment with a SQLite tool or "
                            "use a newer c360.");
    case K::NoSavedSegments:
        //: %1: the name asked for; %2: the workspace file.
        return Messages::tr("No saved segment named \"%1\" in %2; it has no saved segments yet.");
    case K::NoSuchSegment:
        //: %1: the name asked for; %2: the workspace file; %3: the names saved (a list).
        return Messages::tr("No saved segment named \"%1\" in %2; saved segments: %3.");
    case K::SegmentNeedsName:
        return Messages::tr("A saved segment needs a name. Type one and try again.");
    case K::SegmentNameTaken:
        //: %1: the name that is taken.
        return Messages::tr("There is already a saved segment named \"%1\". Choose another name, "
                            "or delete that one first.");
    case K::SegmentsCannotOpenNewWorkspace:
        //: %1: the new workspace file; %2: SQLite's words.
        return Messages::tr("Cannot open the new workspace %1 to carry the saved segments (%2).");
    case K::SegmentsNotCarried:
        //: %1: the previous workspace file; %2: SQLite's words.
        return Messages::tr("Could not carry the saved segments of %1 into the new workspace "
                            "(%2). Nothing was replaced; check the disk space and that the old "
                            "workspace is readable, then build again.");
    default:
        return {}; // another area's kind
    }
}

} // namespace c360::ui::message_patterns
