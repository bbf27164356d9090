#!/usr/bin/python3
"""What the installed workbench must show in German, read from translations/c360_de.ts.

    expected_german.py TS_FILE [QTBASE_DE_QM LCONVERT] > expected.json

For the window title and the menu bar's menus (MainWindow's sources "%1 — Customer 360
Workbench", "&File", "&Edit", "&View", "&Segments", "&Help"): the finished translation, or the
English source where the file has none yet (lrelease -nounfinished leaves those out, so the
program shows the source). Accelerators are removed as screen readers get them ("&Datei" is
read "Datei", "&&" is "&"). Each entry also says whether it is a translation.

With Qt's own German (qtbase_de.qm, from qt6-translations-l10n, converted with lconvert) also
the header of the options in --help ("Options:"), which Qt translates whatever our files say.
"""
import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

CONTEXT = "c360::ui::MainWindow"
TITLE = "%1 — Customer 360 Workbench"
MENUS = ["&File", "&Edit", "&View", "&Segments", "&Help"]  # the menu bar, in main_window.cpp


def strip_accelerator(text):
    return re.sub(r"&(&?)", lambda m: m.group(1), text)


def main():
    root = ET.parse(sys.argv[1]).getroot()
    found = {}
    for context in root.findall("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.findall("message"):
            translation = message.find("translation")
            finished = (translation is not None and (translation.text or "").strip() != ""
                        and translation.get("type") not in ("unfinished", "vanished", "obsolete"))
            found[message.findtext("source")] = translation.text if finished else None
    missing = [s for s in [TITLE] + MENUS if s not in found]
    if missing:
        sys.exit("%s has no %s in context %s" % (sys.argv[1], missing, CONTEXT))

    def entry(source):
        text = found[source]
        return {"source": strip_accelerator(source),
                "expected": strip_accelerator(text if text is not None else source),
                "translated": text is not None}

    expected = {"title": entry(TITLE), "menus": [entry(s) for s in MENUS]}
    if len(sys.argv) == 4:
        expected["qt_options_header"] = qt_translation(sys.argv[2], sys.argv[3],
                                                       "QCommandLineParser", "Options:")
    json.dump(expected, sys.stdout, ensure_ascii=False, indent=1)


def qt_translation(qm, lconvert, context, source):
    with tempfile.NamedTemporaryFile(suffix=".ts") as ts:
        subprocess.run([lconvert, "-i", qm, "-o", ts.name], check=True)
        for c in ET.parse(ts.name).getroot().findall("context"):
            if c.findtext("name") == context:
                for message in c.findall("message"):
                    if message.findtext("source") == source:
                        return message.findtext("translation")
    sys.exit("%s has no translation of %r in %s" % (qm, source, context))


if __name__ == "__main__":
    main()
