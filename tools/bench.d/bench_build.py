#!/usr/bin/env python3
"""Times `c360 build` against DuckDB and SQLite computing the same contract on the same files.

Called by tools/bench, which installs and builds what this needs. For each size it generates
(once, cached) the sources with `c360 generate`, then times, in this one run:

  c360 build to a workspace with 1 and 2 threads, and to CSV with 2 threads;
  customer_360.duckdb.sql in DuckDB (Node, @duckdb/node-api) with 2 threads, to CSV;
  the sqlite3 shell importing the CSVs and running tests/differential/customer_360.sql.

With --shuffled, the largest size is timed again (without SQLite) on a copy whose purchase and
session rows are shuffled out of customer order, as files sorted by date or merged from
several systems are: the targets must hold there too.

Each is run RUNS times, the contenders' runs interleaved so a slow minute of a shared machine
falls on all of them (SQLite runs SQLITE_RUNS times afterwards: it takes minutes); the median
wall time and the highest peak RSS (the process and its children, from wait4) are kept. The rivals' CSV
outputs are compared value by value with c360's, so every engine is known to have computed the
same table. Results go to a JSON file and to a Markdown table between markers in a document.
"""

import argparse
import csv
import datetime
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from write_between import write_between

HERE = Path(__file__).resolve().parent
AS_OF = "2025-06-30"
TABLES = ["customer_info", "product_catalog", "marketing_campaigns", "purchase_transactions",
          "customer_service", "campaign_responses", "website_behavior"]

# Issue #5's targets, checked at the largest size against the smallest.
TARGET_TIME_VS_DUCKDB = 0.25
TARGET_RSS_VS_DUCKDB = 0.5
TARGET_SIZE_SCALING = 11.0
TARGET_THREAD_SPEEDUP = 1.7


def measure(command, output):
    """Runs command once; returns (wall seconds, peak RSS in MiB). Fails loudly on error."""
    if output.exists():
        output.unlink()
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"bench: {' '.join(map(str, command))} failed ({process.returncode}):\n"
                 + stderr.decode(errors="replace"))
    return wall, usage.ru_maxrss / 1024.0


def summary(walls, peak):
    return {"runs": len(walls), "median_s": round(statistics.median(walls), 3),
            "all_s": [round(w, 3) for w in walls], "peak_rss_mib": round(peak, 1)}


def repeat(label, command, output, runs):
    walls, peak = [], 0.0
    for _ in range(runs):
        wall, rss = measure(command, output)
        walls.append(wall)
        peak = max(peak, rss)
        print(f"  {label}: {wall:.2f} s, {rss:.0f} MiB", file=sys.stderr, flush=True)
    return summary(walls, peak)


def as_number(text):
    try:
        return float(text)
    except ValueError:
        return None


def same_values(expected_path, actual_path):
    """Compares two customer_360 CSVs cell by cell; numbers may differ in their last bits and
    in how they are written (1 / 1.0). Returns None when equal, else the first difference."""
    with open(expected_path, newline="", encoding="utf-8") as ef, \
            open(actual_path, newline="", encoding="utf-8") as af:
        expected, actual = csv.reader(ef), csv.reader(af)
        header = next(expected)
        if next(actual) != header:
            return "the headers differ"
        line = 1
        for e_row, a_row in zip(expected, actual):
            line += 1
            for column, e_value, a_value in zip(header, e_row, a_row):
                if e_value == a_value:
                    continue
                e_num, a_num = as_number(e_value), as_number(a_value)
                if e_num is not None and a_num is not None \
                        and abs(e_num - a_num) <= 1e-9 * max(1.0, abs(e_num)):
                    continue
                return f"record {line}, {column}: c360 {e_value!r}, rival {a_value!r}"
        if next(expected, None) is not None or next(actual, None) is not None:
            return "the row counts differ"
    return None


def machine():
    model = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    kib = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    return {"cores": os.cpu_count(), "memory_gib": round(kib / 1048576, 1), "cpu": model,
            "kernel": platform.release(), "load_at_start": [round(x, 2) for x in os.getloadavg()]}


def tool_versions(c360):
    sqlite = subprocess.run(["sqlite3", "--version"], capture_output=True, text=True).stdout
    duckdb = json.loads((HERE / "package.json").read_text())["dependencies"]["@duckdb/node-api"]
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout
    commit = subprocess.run(["git", "-C", str(HERE), "describe", "--always", "--dirty"],
                            capture_output=True, text=True).stdout.strip()
    return {"c360": subprocess.run([c360, "--version"], capture_output=True, text=True)
            .stdout.strip(), "commit": commit, "duckdb_node_api": duckdb, "node": node.strip(),
            "sqlite3": sqlite.split()[0] if sqlite else ""}


# The fact tables whose rows a shuffled copy puts out of customer order: the two largest.
SHUFFLED_TABLES = ["purchase_transactions", "website_behavior"]


def shuffle_records(source, target, seed):
    """Writes `source`'s records after the header in a random order, each record as written
    (parsed as CSV, so a quoted line break stays inside its record)."""
    with open(source, encoding="utf-8", newline="") as file:
        text = file.read()
    header_end = text.index("\n") + 1
    body = text[header_end:]
    if '"' not in body:
        records = body.splitlines(keepends=True)
    else:
        records, start, quoted = [], 0, False
        for i, ch in enumerate(body):
            if ch == '"':
                quoted = not quoted
            elif ch == "\n" and not quoted:
                records.append(body[start:i + 1])
                start = i + 1
        if start < len(body):
            records.append(body[start:])
    if records and not records[-1].endswith("\n"):
        records[-1] += "\n"
    random.Random(seed).shuffle(records)
    # Under another name until complete: the copy is cached, and an interrupted one must not
    # pass for finished.
    partial = target.with_name(target.name + ".partial")
    with open(partial, "w", encoding="utf-8", newline="") as file:
        file.write(text[:header_end] + "".join(records))
    os.replace(partial, target)


def shuffled_copy(data, customers):
    ordered, shuffled = data / f"src-{customers}", data / f"src-{customers}-shuffled"
    if (shuffled / SHUFFLED_TABLES[-1]).with_suffix(".csv").exists():
        return shuffled
    print(f"shuffling {', '.join(SHUFFLED_TABLES)} into {shuffled}", file=sys.stderr)
    shuffled.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        name = f"{table}.csv"
        if table in SHUFFLED_TABLES:
            # In a child process: a forked child's peak RSS starts from its parent's, so the
            # memory this takes must not stay in the process that measures the builds.
            subprocess.run([sys.executable, "-c", "import sys, pathlib, bench_build; "
                            "bench_build.shuffle_records(pathlib.Path(sys.argv[1]), "
                            "pathlib.Path(sys.argv[2]), 1)", str(ordered / name),
                            str(shuffled / name)], cwd=HERE, check=True)
        else:
            shutil.copyfile(ordered / name, shuffled / name)
    return shuffled


def bench_size(args, customers, shuffled=False):
    data = Path(args.data)
    source = data / f"src-{customers}"
    if not (source / "website_behavior.csv").exists():
        print(f"generating {customers} customers into {source}", file=sys.stderr)
        subprocess.run([args.c360, "generate", "--customers", str(customers), "--seed", "1",
                        "--as-of", AS_OF, "-o", str(source), "--no-progress"], check=True,
                       stdout=subprocess.DEVNULL)
    if shuffled:
        source = shuffled_copy(data, customers)
    source_mb = sum((source / f"{t}.csv").stat().st_size for t in TABLES) / 1e6
    print(f"{customers} customers{', rows shuffled' if shuffled else ''}, {source_mb:.0f} MB "
          "of CSV", file=sys.stderr)
    out = data / "out"
    out.mkdir(exist_ok=True)
    workspace, c360_csv = out / "c360.c360", out / "c360.csv"
    duckdb_csv, sqlite_csv = out / "duckdb.csv", out / "sqlite.csv"
    c360 = [args.c360, "build", str(source), "--as-of", AS_OF, "--quiet"]

    commands = {
        "c360 workspace, 2 threads": (c360 + ["-o", str(workspace), "--threads", "2"], workspace),
        "c360 workspace, 1 thread": (c360 + ["-o", str(workspace), "--threads", "1"], workspace),
        "c360 CSV, 2 threads": (c360 + ["-o", str(c360_csv), "--threads", "2"], c360_csv),
        "DuckDB CSV, 2 threads": (["node", str(Path(args.duckdb_dir) / "run_duckdb.mjs"),
                                   str(source), str(duckdb_csv), AS_OF, "2"], duckdb_csv),
    }
    # The runs are interleaved (c360, DuckDB, c360, DuckDB, ...) rather than grouped, so that
    # a slow minute on this shared machine falls on every contender alike.
    walls = {name: [] for name in commands}
    peaks = {name: 0.0 for name in commands}
    for _ in range(args.runs):
        for name, (command, output) in commands.items():
            wall, rss = measure(command, output)
            walls[name].append(wall)
            peaks[name] = max(peaks[name], rss)
            print(f"  {name}: {wall:.2f} s, {rss:.0f} MiB", file=sys.stderr, flush=True)
    results = {name: summary(walls[name], peaks[name]) for name in commands}
    if args.sqlite_runs > 0 and not shuffled:
        results["SQLite CSV, 1 thread"] = repeat(
            "SQLite CSV, 1 thread", [str(HERE / "customer_360.sqlite.sh"), str(source),
                                     str(sqlite_csv), AS_OF, str(out / "scratch.sqlite")],
            sqlite_csv, args.sqlite_runs)

    for name, result in results.items():
        result["mb_per_s"] = round(source_mb / result["median_s"], 1)
    duck = results["DuckDB CSV, 2 threads"]
    for result in results.values():
        result["time_vs_duckdb"] = round(result["median_s"] / duck["median_s"], 3)
        result["rss_vs_duckdb"] = round(result["peak_rss_mib"] / duck["peak_rss_mib"], 3)

    agreement = {"DuckDB": same_values(c360_csv, duckdb_csv)}
    if args.sqlite_runs > 0 and not shuffled:
        agreement["SQLite"] = same_values(c360_csv, sqlite_csv)
    for rival, difference in agreement.items():
        if difference:
            sys.exit(f"bench: {rival} and c360 disagree at {customers} customers: {difference}")
    return {"customers": customers, "rows_shuffled": shuffled, "source_mb": round(source_mb, 1),
            "results": results, "rivals_agree_with_c360": sorted(agreement)}


def check_targets(sizes, shuffled=None):
    small, large = sizes[0], sizes[-1]
    main = "c360 workspace, 2 threads"
    checks = []
    for label, size in [("", large)] + ([(" (rows shuffled)", shuffled)] if shuffled else []):
        at = size["results"]
        checks += [
            ("c360 build time / DuckDB time" + label, at[main]["time_vs_duckdb"], "≤",
             TARGET_TIME_VS_DUCKDB),
            ("c360 build peak RSS / DuckDB peak RSS" + label, at[main]["rss_vs_duckdb"], "≤",
             TARGET_RSS_VS_DUCKDB),
            ("speed-up from 1 to 2 threads" + label,
             round(at["c360 workspace, 1 thread"]["median_s"] / at[main]["median_s"], 2), "≥",
             TARGET_THREAD_SPEEDUP),
        ]
    if large is not small:
        checks.append((f"time at {large['customers']:,} / time at {small['customers']:,}",
                       round(large["results"][main]["median_s"] /
                             small["results"][main]["median_s"], 2), "≤", TARGET_SIZE_SCALING))
    return [{"what": what, "value": value, "target": f"{op} {target}",
             "met": value <= target if op == "≤" else value >= target}
            for what, value, op, target in checks]


def markdown(report):
    lines = [f"Run of {report['date']}: {report['machine']['cores']} cores, "
             f"{report['machine']['memory_gib']} GiB, {report['machine']['cpu']}; load "
             f"{report['machine']['load_at_start'][0]} at the start. Median of "
             f"{report['runs']} runs (SQLite: {report['sqlite_runs']}). "
             f"`{report['command']}`", "",
             "| customers | source MB | what | median wall s | peak RSS MiB | MB/s | "
             "time vs DuckDB | RSS vs DuckDB |",
             "|---:|---:|---|---:|---:|---:|---:|---:|"]
    for size in report["sizes"] + ([report["shuffled"]] if report.get("shuffled") else []):
        customers = f"{size['customers']:,}" + (", rows shuffled" if size.get("rows_shuffled")
                                                 else "")
        for name, r in size["results"].items():
            lines.append(f"| {customers} | {size['source_mb']:.0f} | {name} | "
                         f"{r['median_s']:.2f} | {r['peak_rss_mib']:.0f} | {r['mb_per_s']:.0f} | "
                         f"{r['time_vs_duckdb']:.2f}× | {r['rss_vs_duckdb']:.2f}× |")
    lines += ["", "| target (issue #5) | measured | target | met |", "|---|---:|---:|---|"]
    for check in report["targets"]:
        lines.append(f"| {check['what']} | {check['value']} | {check['target']} | "
                     f"{'yes' if check['met'] else '**no**'} |")
    agree = ", ".join(report["sizes"][-1]["rivals_agree_with_c360"])
    lines += ["", f"{agree} wrote the same customer_360 as c360 (every value compared) at "
              "every size."]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c360", required=True)
    parser.add_argument("--duckdb-dir", required=True, help="folder with run_duckdb.mjs and "
                        "its node_modules")
    parser.add_argument("--data", required=True, help="cache folder for generated sources")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sqlite-runs", type=int, default=1)
    parser.add_argument("--json", help="write the results here")
    parser.add_argument("--markdown", help="write the table between markers in this file")
    parser.add_argument("--command", default="tools/bench", help="how this run was started")
    parser.add_argument("--shuffled", action="store_true", help="time the largest size again "
                        "with its purchase and session rows out of customer order")
    parser.add_argument("sizes", type=int, nargs="+")
    args = parser.parse_args()

    report = {"date": datetime.date.today().isoformat(), "command": args.command,
              "machine": machine(), "versions": tool_versions(args.c360), "runs": args.runs,
              "sqlite_runs": args.sqlite_runs, "as_of": AS_OF,
              "sizes": [bench_size(args, n) for n in sorted(args.sizes)]}
    if args.shuffled:
        report["shuffled"] = bench_size(args, max(args.sizes), shuffled=True)
    report["targets"] = check_targets(report["sizes"], report.get("shuffled"))
    table = markdown(report)
    print(table)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    if args.markdown:
        write_between(args.markdown, "build", table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
