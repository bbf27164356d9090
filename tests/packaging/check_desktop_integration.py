#!/usr/bin/python3
"""Checks the workbench's desktop integration, from a build tree or from an unpacked package.

    check_desktop_integration.py --root DIR --cli C360
    check_desktop_integration.py --source-dir REPO --build-dir BUILD/packaging --cli C360

With --root, the files are read where the package installs them under DIR (DIR/usr/share/...);
otherwise from the source and build trees. Checked:

1. desktop-file-validate passes the desktop entry (no error, no warning).
2. appstreamcli validate --no-net passes both metainfo files (no error, no warning).
3. The pieces name each other: the metainfo's launchable is the desktop file, the desktop
   entry's MimeType is the type the shared-mime-info file defines and the metainfo provides,
   its Icon is the icon's name, Exec runs c360-workbench with the file (%f).
4. The icon: the SVG, and a PNG of each hicolor size that is really that size.
5. A workspace written by c360 is recognised: by its name (*.c360), and by its content alone
   (no name, or renamed to .sqlite), while another SQLite file stays application/vnd.sqlite3.
   This asks GLib (Gio.content_type_guess), as file managers do, over a MIME database made
   with update-mime-database from this definition and the system's freedesktop.org.xml.

Prints every check; the exit status is 1 when one fails.
"""
import argparse
import configparser
import os
import pathlib
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

APP_ID = "org.customer360.Workbench"
CLI_ID = "org.customer360.c360"
SIZES = [16, 22, 24, 32, 48, 64, 128, 256]
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"

failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message, flush=True)
    if not condition:
        failures.append(message)
    return condition


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, timeout=120, **kwargs)


def locate(args):
    if args.root:
        share = pathlib.Path(args.root) / "usr/share"
        icons = share / "icons/hicolor"
        return {
            "desktop": share / "applications" / (APP_ID + ".desktop"),
            "mime": share / "mime/packages/c360-workbench.xml",
            "metainfo": [share / "metainfo" / (APP_ID + ".metainfo.xml"),
                         share / "metainfo" / (CLI_ID + ".metainfo.xml")],
            "svg": icons / "scalable/apps" / (APP_ID + ".svg"),
            "png": {s: icons / ("%dx%d/apps" % (s, s)) / (APP_ID + ".png") for s in SIZES},
        }
    source = pathlib.Path(args.source_dir) / "packaging"
    build = pathlib.Path(args.build_dir)
    return {
        "desktop": source / (APP_ID + ".desktop"),
        "mime": source / "mime/c360-workbench.xml",
        "metainfo": [build / (APP_ID + ".metainfo.xml"), build / (CLI_ID + ".metainfo.xml")],
        "svg": source / "icons" / (APP_ID + ".svg"),
        "png": {s: build / ("icons/%dx%d" % (s, s)) / (APP_ID + ".png") for s in SIZES},
    }


def validators(files):
    done = run(["desktop-file-validate", str(files["desktop"])])
    bad = [l for l in done.stdout.splitlines() if re.search(r"\b(error|warning):", l)]
    for line in done.stdout.splitlines():
        print("     " + line)
    check(done.returncode == 0 and not bad, "desktop-file-validate %s" % files["desktop"].name)
    for metainfo in files["metainfo"]:
        done = run(["appstreamcli", "validate", "--no-net", "--pedantic", str(metainfo)])
        for line in (done.stdout + done.stderr).splitlines():
            print("     " + line)
        bad = [l for l in done.stdout.splitlines() if re.match(r"\s*[EW]:", l)]
        check(done.returncode == 0 and not bad,
              "appstreamcli validate --no-net %s (no error or warning)" % metainfo.name)


def consistency(files):
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str
    entry.read(files["desktop"], encoding="utf-8")
    desktop = entry["Desktop Entry"]
    mime = ET.parse(files["mime"]).getroot()
    types = [t.get("type") for t in mime.findall(MIME_NS + "mime-type")]
    check(types == ["application/x-c360-workspace"], "the MIME file defines one type: %s" % types)
    check(desktop.get("MimeType") == types[0] + ";",
          "the desktop entry opens that type: MimeType=%s" % desktop.get("MimeType"))
    check(desktop.get("Exec") == "c360-workbench %f",
          "the desktop entry runs c360-workbench with the file: Exec=%s" % desktop.get("Exec"))
    check(desktop.get("Icon") == APP_ID, "the desktop entry's icon is %s" % APP_ID)
    for language in ["de", "fr", "es"]:
        for key in ["Name", "GenericName", "Comment", "Keywords"]:
            check(bool(desktop.get("%s[%s]" % (key, language))),
                  "the desktop entry has %s[%s]" % (key, language))
    app = ET.parse(files["metainfo"][0]).getroot()
    check(app.findtext("id") == APP_ID, "the workbench metainfo's id is %s" % APP_ID)
    check(app.findtext("launchable[@type='desktop-id']") == APP_ID + ".desktop",
          "its launchable is the desktop entry")
    check([m.text for m in app.findall("provides/mediatype")] == types,
          "it provides the workspace type")
    check([b.text for b in app.findall("provides/binary")] == ["c360-workbench"],
          "it provides the binary c360-workbench")
    cli = ET.parse(files["metainfo"][1]).getroot()
    check(cli.get("type") == "console-application" and cli.findtext("id") == CLI_ID,
          "the c360 metainfo is a console-application, %s" % CLI_ID)
    check([b.text for b in cli.findall("provides/binary")] == ["c360"], "it provides c360")


def icons(files):
    check(files["svg"].is_file() and b"<svg" in files["svg"].read_bytes(),
          "the scalable icon is an SVG")
    for size, png in files["png"].items():
        data = png.read_bytes() if png.is_file() else b""
        ok = data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
        width, height = struct.unpack(">II", data[16:24]) if ok else (0, 0)
        check(ok and (width, height) == (size, size),
              "hicolor %dx%d PNG is %dx%d" % (size, size, width, height))


GUESS = r"""
import sys
from gi.repository import Gio
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        data = f.read(4096)
    named, _ = Gio.content_type_guess(path, data)
    unnamed, _ = Gio.content_type_guess(None, data)
    print(named, unnamed, Gio.content_type_is_a(named, "application/vnd.sqlite3"))
"""


def recognition(files, cli):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        packages = tmp / "share/mime/packages"
        packages.mkdir(parents=True)
        shutil.copy(files["mime"], packages)
        shutil.copy("/usr/share/mime/packages/freedesktop.org.xml", packages)
        done = run(["update-mime-database", str(tmp / "share/mime")])
        if not check(done.returncode == 0, "update-mime-database reads the definition"):
            print(done.stdout + done.stderr)
            return
        done = run([cli, "generate", "--customers", "40", "--seed", "3", "--as-of", "2025-06-30",
                    "-o", str(tmp / "src"), "--sqlite", str(tmp / "sources.sqlite"),
                    "--no-progress"])
        check(done.returncode == 0, "c360 generate writes sources and a SQLite database")
        done = run([cli, "build", str(tmp / "src"), "-o", str(tmp / "w.c360"), "--as-of",
                    "2025-06-30", "--quiet"])
        if not check(done.returncode == 0, "c360 build writes a workspace"):
            print(done.stdout + done.stderr)
            return
        shutil.copy(tmp / "w.c360", tmp / "workspace-without-name")
        shutil.copy(tmp / "w.c360", tmp / "renamed.sqlite")
        env = dict(os.environ, XDG_DATA_DIRS=str(tmp / "share"),
                   XDG_DATA_HOME=str(tmp / "nothing"))
        paths = ["w.c360", "workspace-without-name", "renamed.sqlite", "sources.sqlite"]
        done = run(["/usr/bin/python3", "-c", GUESS] + [str(tmp / p) for p in paths], env=env)
        if not check(done.returncode == 0, "GLib guesses the files' types"):
            print(done.stdout + done.stderr)
            return
        guesses = dict(zip(paths, [l.split() for l in done.stdout.splitlines()]))
        ours = "application/x-c360-workspace"
        check(guesses["w.c360"][0] == ours, "w.c360 is %s" % guesses["w.c360"][0])
        check(guesses["w.c360"][2] == "True", "a workspace is also a SQLite database (sub-class)")
        for name in ["workspace-without-name", "renamed.sqlite"]:
            check(guesses[name][0] == ours and guesses[name][1] == ours,
                  "a workspace named %s is recognised by its content: %s" % (name, guesses[name]))
        check(guesses["sources.sqlite"][0] == "application/vnd.sqlite3",
              "another SQLite database stays application/vnd.sqlite3: %s"
              % guesses["sources.sqlite"][0])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root")
    parser.add_argument("--source-dir")
    parser.add_argument("--build-dir")
    parser.add_argument("--cli", required=True)
    args = parser.parse_args()
    if not args.root and not (args.source_dir and args.build_dir):
        parser.error("give --root, or --source-dir and --build-dir")
    files = locate(args)
    for path in [files["desktop"], files["mime"], *files["metainfo"]]:
        if not check(path.is_file(), "%s exists" % path):
            return 1
    validators(files)
    consistency(files)
    icons(files)
    recognition(files, args.cli)
    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
