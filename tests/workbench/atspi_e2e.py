#!/usr/bin/python3
"""End-to-end accessibility check through the real AT-SPI bridge, as a screen reader sees the
workbench: run by run_atspi_e2e.sh inside Xvfb and a private D-Bus session.

Usage: atspi_e2e.py WORKSPACE_FILE CUSTOMERS

Asserts the window's and controls' names, the customer table's size through its Table
interface (never by walking a large table's children), its column headers, the charts'
descriptions, and that F6 pressed with xdotool moves the focus through the panes.
"""
import subprocess
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


def find_app(name, timeout=30.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and app.get_name() == name:
                return app
        time.sleep(0.3)
    return None


def walk(node, visit, depth=0):
    """Visits the tree, but never the children of a table: a million rows must not be walked."""
    if node is None or depth > 40:
        return
    visit(node)
    if node.get_role() == Atspi.Role.TABLE:
        return
    for i in range(node.get_child_count()):
        walk(node.get_child_at_index(i), visit, depth + 1)


def collect(app):
    nodes = []
    walk(app, nodes.append)
    return nodes


def ancestors(node):
    out = []
    parent = node.get_parent()
    while parent is not None and len(out) < 50:
        out.append(parent)
        parent = parent.get_parent()
    return out


def focused(app):
    hits = [n for n in collect(app) if n.get_state_set().contains(Atspi.StateType.FOCUSED)]
    return hits[-1] if hits else None


def pane_of(node, pane_names):
    for candidate in [node] + ancestors(node):
        if candidate.get_name() in pane_names:
            return candidate.get_name()
    return None


def wait_for(predicate, timeout=10.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    return predicate()


def main():
    workspace, customers = sys.argv[1], int(sys.argv[2])
    app = find_app("Customer 360 Workbench")
    check(app is not None, "the workbench is on the accessibility bus")
    if app is None:
        return 1

    frame = app.get_child_at_index(0)
    check(workspace.split("/")[-1] in (frame.get_name() or ""),
          "the window is named after the workspace: %r" % frame.get_name())

    def table_node():
        for n in collect(app):
            if n.get_role() == Atspi.Role.TABLE and n.get_name() == "Customers":
                return n
        return None

    table = wait_for(table_node)
    check(table is not None, "a table named 'Customers' exists")
    if table is not None:
        rows = wait_for(lambda: Atspi.Table.get_n_rows(table) == customers and customers)
        check(bool(rows), "the table reports %d rows through its Table interface (got %d)"
              % (customers, Atspi.Table.get_n_rows(table)))
        check(Atspi.Table.get_n_columns(table) == 29,
              "the table reports 29 columns (got %d)" % Atspi.Table.get_n_columns(table))
        header = Atspi.Table.get_column_header(table, 0)
        header_name = header.get_name() if header is not None else None
        check(header_name == "Customer id", "the first column header is announced: %r" % header_name)

    nodes = collect(app)
    count_text = "{:,} of {:,} customers".format(customers, customers)
    labels = [n.get_name() for n in nodes if n.get_role() == Atspi.Role.LABEL]
    check(count_text in labels, "the status bar says %r" % count_text)

    # Every control a keyboard user can reach has a name.
    interactive = {Atspi.Role.PUSH_BUTTON, Atspi.Role.CHECK_BOX, Atspi.Role.TEXT,
                   Atspi.Role.ENTRY, Atspi.Role.LIST, Atspi.Role.TABLE,
                   Atspi.Role.SPIN_BUTTON, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.RADIO_BUTTON}
    unnamed = [n.get_role_name() for n in nodes
               if n.get_role() in interactive
               and n.get_state_set().contains(Atspi.StateType.FOCUSABLE)
               and n.get_state_set().contains(Atspi.StateType.SHOWING)
               and not (n.get_name() or "").strip()]
    check(not unnamed, "every showing focusable control has a name (unnamed: %s)" % unnamed)

    # The charts expose their numbers in words.
    charts = [n for n in nodes
              if n.get_name() and "chart" in (n.get_description() or "").lower() or
              (n.get_description() or "").find("% of") >= 0]
    summaries = [n.get_description() for n in nodes if "% of" in (n.get_description() or "")]
    check(len(summaries) >= 3, "chart summaries are exposed as descriptions: %s" % summaries[:3])
    del charts

    # F6 cycles the panes; each press lands in a different pane, and the cycle comes back.
    pane_names = ["Filters", "Customers", "Segment charts", "Saved segments"]
    # No window manager runs under Xvfb: give the window the keyboard focus directly.
    subprocess.run(["xdotool", "search", "--sync", "--name", "Customer 360 Workbench",
                    "windowfocus", "--sync"], check=False, timeout=20)
    time.sleep(0.5)
    visited = []
    for _ in range(len(pane_names) + 1):
        before = focused(app)
        subprocess.run(["xdotool", "key", "F6"], check=True, timeout=10)
        node = wait_for(lambda: (lambda f: f if f is not None and
                                 (before is None or f != before) else None)(focused(app)))
        visited.append(pane_of(node, pane_names) if node is not None else None)
    print("F6 visited:", visited, flush=True)
    check(set(visited[:len(pane_names)]) == set(pane_names),
          "F6 reaches every pane once per cycle")
    check(visited[len(pane_names)] == visited[0], "the F6 cycle wraps around")

    subprocess.run(["xdotool", "key", "shift+F6"], check=True, timeout=10)
    back = wait_for(lambda: pane_of(focused(app), pane_names)
                    if focused(app) is not None else None)
    check(back == visited[len(pane_names) - 1], "Shift+F6 goes back one pane (%r)" % back)

    print("%d failure(s)" % len(failures), flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
