#!/usr/bin/python3
"""Keeps the hand-written manual pages (packaging/man/) in step with the programs' --help.

    check_manpages.py c360 PROGRAM MAN_PAGE
    check_manpages.py c360-workbench PROGRAM MAN_PAGE

c360: every command named in `c360 --help` has its own subsection (.SS "c360 COMMAND ...") in
the manual page, every option `c360 COMMAND --help` names appears in that subsection, and no
option appears there that the command's --help does not name (a removed option must leave the
page too). The options of `c360 --help` itself (--version, --help) appear in the page.

c360-workbench: every option and argument `c360-workbench --help` names appears in the page,
and every option of the page's OPTIONS section is one `--help-all` names.

--pretend-help-names=OPTION adds OPTION to what --help printed, as if it had been added to the
program; the check must then fail (tests/packaging/CMakeLists.txt runs it so, expecting the
failure, to show this test can fail).

Prints every problem; the exit status is 1 when there is one.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

# An option: - or -- then a letter, not inside a word (utf-8, multi-line) or a path.
OPTION = re.compile(r"(?<![\w\-./=\\])(--?[A-Za-z][A-Za-z0-9-]*)")

problems = []


def problem(message):
    print("FAIL " + message)
    problems.append(message)


def run_help(command, env=None):
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    if done.returncode != 0:
        sys.exit("%s exited with %d: %s" % (" ".join(command), done.returncode, done.stderr))
    return done.stdout


def options_in(text):
    return set(OPTION.findall(text))


def roff_to_text(roff):
    """The words of a roff manual page: requests, font changes and escapes removed."""
    lines = []
    for line in roff.splitlines():
        if line.startswith('.\\"'):
            continue
        if line.startswith("."):
            request, _, rest = line.partition(" ")
            # Quoted arguments of .B/.BR/.BI...: the quotes only group words.
            rest = rest.replace('"', " ")
            line = request + " " + rest
        line = re.sub(r"\\f(\[[^]]*\]|.)", "", line)
        line = re.sub(r"\\\((\S\S)", " ", line)
        line = line.replace("\\-", "-").replace("\\&", "").replace("\\e", "\\")
        line = line.replace("\\ ", " ")
        lines.append(line)
    return "\n".join(lines)


def sections(roff, request):
    """{heading: text} for each .SH or .SS of the page (text up to the next one of the same)."""
    found = {}
    heading = None
    body = []
    for line in roff.splitlines():
        if line.startswith(request + " ") or (request == ".SS" and line.startswith(".SH ")):
            if heading is not None:
                found[heading] = "\n".join(body)
            heading = None
            if line.startswith(request):
                heading = roff_to_text(line[len(request) + 1:].replace('"', " ")).strip()
            body = []
        elif heading is not None:
            body.append(line)
    if heading is not None:
        found[heading] = "\n".join(body)
    return {h: roff_to_text(b) for h, b in found.items()}


def check_c360(program, roff, pretend):
    page = roff_to_text(roff)
    main_help = run_help([program, "--help"])
    commands = re.findall(r"^\s+c360 ([a-z][a-z-]*)\b", main_help, re.MULTILINE)
    if not commands:
        problem("c360 --help names no commands; the check reads its Usage lines")
    subsections = sections(roff, ".SS")
    for option in sorted(options_in(main_help)):
        if option not in options_in(page):
            problem("c360 --help names %s, the manual page does not" % option)
    for command in commands:
        help_text = run_help([program, command, "--help"])
        named = options_in(help_text) | set(pretend)
        matching = [h for h in subsections if h.split()[:2] == ["c360", command]]
        if len(matching) != 1:
            problem("the manual page has %d subsections \"c360 %s ...\", not one"
                    % (len(matching), command))
            continue
        documented = options_in(subsections[matching[0]]) | options_in(matching[0])
        before = len(problems)
        for option in sorted(named - documented):
            problem("c360 %s --help names %s, its section of the manual page does not"
                    % (command, option))
        for option in sorted(documented - named):
            problem("the manual page's section on c360 %s names %s, c360 %s --help does not"
                    % (command, option, command))
        if len(problems) == before:
            print("ok   c360 %s: its %d options are the ones its section of the manual page names"
                  % (command, len(named)))


def check_workbench(program, roff, pretend):
    page = roff_to_text(roff)
    with tempfile.TemporaryDirectory() as home:
        # English, whatever the caller's language or saved settings, and no display needed.
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home,
               "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home, "XDG_RUNTIME_DIR": home,
               "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
        help_text = run_help([program, "--help"], env)
        help_all = run_help([program, "--help-all"], env)
    named = options_in(help_text.split("\n", 1)[1]) | set(pretend)  # not the program's path
    before = len(problems)
    for option in sorted(named):
        if option not in options_in(page):
            problem("c360-workbench --help names %s, the manual page does not" % option)
    arguments = help_text.split("Arguments:", 1)
    for line in arguments[1].splitlines() if len(arguments) == 2 else []:
        m = re.match(r"^  (\S+)\s", line)
        if m and not re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(m.group(1)), page):
            problem("c360-workbench --help names the argument %s, the manual page does not"
                    % m.group(1))
    options_section = sections(roff, ".SH").get("OPTIONS", "")
    for option in sorted(options_in(options_section) - options_in(help_all)):
        problem("the manual page's OPTIONS name %s, c360-workbench --help-all does not" % option)
    if len(problems) == before:
        print("ok   c360-workbench: its %d options and its arguments are in the manual page"
              % len(named))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("which", choices=["c360", "c360-workbench"])
    parser.add_argument("program")
    parser.add_argument("man_page")
    parser.add_argument("--pretend-help-names", action="append", default=[])
    args = parser.parse_args()
    with open(args.man_page, encoding="utf-8") as f:
        roff = f.read()
    if args.which == "c360":
        check_c360(args.program, roff, args.pretend_help_names)
    else:
        check_workbench(args.program, roff, args.pretend_help_names)
    if problems:
        print("%d problem(s): update %s" % (len(problems), args.man_page))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
