#!/usr/bin/env python3
"""Checks the committed translations against the sources.

1. Running lupdate exactly as the update_translations target does, on copies of the committed
   .ts files, changes nothing: every source string is in every file, none is left over.
2. Every message of c360_de/fr/es.ts is translated: no "unfinished" mark, no empty text, the
   same %1 %2 … %n %Ln placeholders as the source, a keyboard accelerator (&) exactly where the
   source has one, and every plural form written. c360_en.ts holds only plural messages, each
   with its two English forms.

Every problem is printed with its file and source text; the exit status is 1 when any is found.
"""
import argparse
import collections
import pathlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

LANGUAGES = ["de", "fr", "es"]
PLURAL_FORMS = {"de": 2, "fr": 2, "es": 2, "en": 2}
PLACEHOLDER = re.compile(r"%(?:L?n|\d+)")
# An accelerator is an & before anything but another & (which writes a literal &) or a space.
ACCELERATOR = re.compile(r"&(?![&\s])")


def run(command):
    done = subprocess.run(command, capture_output=True, text=True)
    output = done.stdout + done.stderr
    if done.returncode != 0:
        sys.exit(f"command failed ({done.returncode}): {' '.join(command)}\n{output}")
    return output


def lupdate_warnings(output):
    """lupdate's complaints about the sources (a tr() it cannot read, a string it cannot find)."""
    return [
        line
        for line in output.splitlines()
        if line.strip()
        and not line.lstrip().startswith(("Found ", "Updating ", "Stripping ", "Scanning "))
        and "source text(s)" not in line
        # Said whenever -ts is given with -project: the copies are meant to replace them.
        and "TS files from command line will override" not in line
    ]


def regenerate(args, work):
    """Copies of the committed files, updated by lupdate the way update_translations does."""
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    ts_dir = pathlib.Path(args.ts_dir)
    for name in [f"c360_{lang}.ts" for lang in LANGUAGES + ["en"]]:
        shutil.copyfile(ts_dir / name, work / name)
    project = work / "project.json"
    run([args.cmake, f"-DIN_FILE={args.project_cmake}", f"-DOUT_FILE={project}", "-P",
         args.project_script])
    options = args.lupdate_options.split(";") if args.lupdate_options else []
    warnings = lupdate_warnings(run(
        [args.lupdate, "-project", str(project), *options, "-ts",
         *[str(work / f"c360_{lang}.ts") for lang in LANGUAGES]]))
    sources = [s for s in pathlib.Path(args.sources).read_text().splitlines() if s]
    warnings += lupdate_warnings(run(
        [args.lupdate, "-pluralonly", *options, *sources, "-ts", str(work / "c360_en.ts")]))
    return warnings


def placeholders(text):
    return collections.Counter(PLACEHOLDER.findall(text))


def check_message(lang, context, message, problems):
    source = message.findtext("source") or ""
    where = f"c360_{lang}.ts [{context}] {source!r}"
    translation = message.find("translation")
    if translation is None:
        problems.append(f"{where}: no translation element")
        return
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        problems.append(f"{where}: marked {translation.get('type')}")
    if message.get("numerus") == "yes":
        forms = [f.text or "" for f in translation.findall("numerusform")]
        if len(forms) != PLURAL_FORMS[lang]:
            problems.append(f"{where}: {len(forms)} plural forms, expected {PLURAL_FORMS[lang]}")
        texts = forms
    else:
        texts = [translation.text or ""]
        if lang == "en":
            problems.append(f"{where}: c360_en.ts should hold plural messages only")
    for text in texts:
        if not text.strip():
            problems.append(f"{where}: empty translation")
            continue
        if lang == "en":
            continue
        if placeholders(text) != placeholders(source):
            problems.append(f"{where}: placeholders {dict(placeholders(text))} in {text!r}, "
                            f"the source has {dict(placeholders(source))}")
        if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(text)):
            problems.append(f"{where}: the source has {len(ACCELERATOR.findall(source))} "
                            f"keyboard accelerator(s), {text!r} has "
                            f"{len(ACCELERATOR.findall(text))}")


def check_contents(ts_dir, problems):
    counts = {}
    for lang in LANGUAGES + ["en"]:
        root = ET.parse(ts_dir / f"c360_{lang}.ts").getroot()
        counts[lang] = 0
        for context in root.iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                counts[lang] += 1
                check_message(lang, name, message, problems)
    if len({counts[lang] for lang in LANGUAGES}) != 1:
        problems.append(f"the languages hold different numbers of messages: {counts}")
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    for option in ["lupdate", "cmake", "project-cmake", "project-script", "sources", "ts-dir",
                   "work-dir"]:
        parser.add_argument(f"--{option}", required=True)
    parser.add_argument("--lupdate-options", default="")
    args = parser.parse_args()

    problems = []
    work = pathlib.Path(args.work_dir)
    for warning in regenerate(args, work):
        problems.append(f"lupdate: {warning}")
    ts_dir = pathlib.Path(args.ts_dir)
    for name in sorted(p.name for p in work.glob("*.ts")):
        if (work / name).read_bytes() != (ts_dir / name).read_bytes():
            diff = subprocess.run(["diff", "-u", str(ts_dir / name), str(work / name)],
                                  capture_output=True, text=True).stdout
            problems.append(f"{name} is not what update_translations writes; run "
                            f"`cmake --build build/dev --target update_translations` and "
                            f"translate what it adds:\n{diff[:4000]}")
    counts = check_contents(ts_dir, problems)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s); messages per file: {counts}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
