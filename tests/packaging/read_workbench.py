#!/usr/bin/python3
"""Reads the installed workbench through AT-SPI, as a screen reader does, inside the install
test's Debian root (install_test.sh): the window title and the menu bar's menus must be what
expected_german.py read from translations/c360_de.ts.

Usage: read_workbench.py EXPECTED_JSON WORKSPACE_NAME

The workbench was started without a workspace on its first start, so it builds the bundled
demo and then names its window after it: the title must become the German of
"%1 — Customer 360 Workbench" with %1 = WORKSPACE_NAME.
"""
import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message, flush=True)
    if not condition:
        failures.append(message)


def find_app(name, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and app.get_name() == name:
                return app
        time.sleep(0.3)
    return None


def find_role(node, role, depth=0):
    if node is None or depth > 12:
        return None
    if node.get_role() == role:
        return node
    if node.get_role() == Atspi.Role.TABLE:  # never walk a table's cells
        return None
    for i in range(node.get_child_count()):
        hit = find_role(node.get_child_at_index(i), role, depth + 1)
        if hit is not None:
            return hit
    return None


def note(entry):
    return "" if entry["translated"] else " (c360_de.ts has no German for it yet: the English)"


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        expected = json.load(f)
    workspace = sys.argv[2]
    app = find_app("Customer 360 Workbench", 60)
    check(app is not None, "the workbench is on the accessibility bus")
    if app is None:
        return 1
    frame = app.get_child_at_index(0)
    title = expected["title"]["expected"].replace("%1", workspace)
    deadline = time.time() + 90
    while time.time() < deadline and frame.get_name() != title:
        time.sleep(0.3)
    check(frame.get_name() == title, "the window title is %r%s (read %r)"
          % (title, note(expected["title"]), frame.get_name()))

    menubar = find_role(frame, Atspi.Role.MENU_BAR)
    check(menubar is not None, "the window has a menu bar")
    if menubar is None:
        return 1
    names = [menubar.get_child_at_index(i).get_name() for i in range(menubar.get_child_count())]
    print("     the menu bar reads: %s" % ", ".join(names))
    for menu in expected["menus"]:
        check(menu["expected"] in names,
              "a menu reads %r for %r%s" % (menu["expected"], menu["source"], note(menu)))
    translated = sum(1 for e in [expected["title"]] + expected["menus"] if e["translated"])
    print("     %d of %d of these strings are translated in c360_de.ts"
          % (translated, 1 + len(expected["menus"])))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
