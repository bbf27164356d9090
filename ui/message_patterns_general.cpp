// The workbench's words for wrappers, delimiter names, files written and the build job.
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

QString general(MessageKind kind) {
    using K = MessageKind;
    switch (kind) {
    case K::InFile:
        //: %1 is a file name; %2 is a message about that file (a sentence).
        return Messages::tr("%1: %2");
    case K::AtFileLine:
        //: %1 is a file name, %2 a line number; %3 says what is wrong on that line.
        return Messages::tr("%1, line %2: %3");
    case K::IsAFolder:
        //: Completes "Cannot read FILE: …": the path names a folder.
        return Messages::tr("it is a folder, not a file");
    case K::DelimiterCommas:
        //: The name of a delimiter; it completes sentences such as "Columns are separated by …".
        return Messages::tr("commas");
    case K::DelimiterSemicolons:
        //: The name of a delimiter; it completes sentences such as "Columns are separated by …".
        return Messages::tr("semicolons");
    case K::DelimiterTabs:
        //: The name of a delimiter; it completes sentences such as "Columns are separated by …".
        return Messages::tr("tabs");
    case K::DelimiterVerticalBars:
        //: The name of a delimiter (|); it completes sentences such as "Columns are separated by
        //: …".
        return Messages::tr("vertical bars");
    case K::DelimiterCharacters:
        //: %1 is the delimiter character itself, e.g. ~; the phrase completes "Columns are
        //: separated by …".
        return Messages::tr("'%1' characters");
    case K::CannotWriteBeside:
        //: %1: the file to write; %2: the system's reason.
        return Messages::tr("Cannot write beside %1: %2. Check that the folder exists and that "
                            "you may write to it.");
    case K::CannotWriteFile:
        //: %1: the temporary file; %2: the system's reason.
        return Messages::tr("Cannot write %1: %2.");
    case K::NothingWrittenToFile:
        //: %1: the file.
        return Messages::tr("Nothing was written to %1.");
    case K::WritingFileFailed:
        //: %1: the file; %2: the system's reason.
        return Messages::tr("Writing %1 failed: %2. Is the disk full? Nothing was written.");
    case K::CannotReplaceFile:
        //: %1: the file; %2: the system's reason.
        return Messages::tr("Cannot replace %1: %2. If the file is open in another program, "
                            "close it and try again.");
    case K::CannotCreateRejectsFolder:
        //: %1: the folder; %2: the system's reason.
        return Messages::tr("Cannot create the folder %1 for rejected rows: %2.");
    case K::NothingWrittenAfter:
        //: %1 is the workspace file; %2 is why the build failed (one or more sentences).
        return Messages::tr("%2 Nothing was written to %1.");
    case K::WorkspaceNeedsExtension:
        //: %1: the workspace file.
        return Messages::tr("The workspace file %1 must end in .c360 (or .sqlite or .db). Choose "
                            "another name.");
    case K::BuildCancelledNothingWritten:
        return Messages::tr("The build was cancelled. Nothing was written.");
    default:
        return {}; // another area's kind
    }
}

} // namespace c360::ui::message_patterns
