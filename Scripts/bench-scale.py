#!/usr/bin/env python3
"""Writes the plans of `Scripts/bench scale`: shapes that were once quadratic.

    Scripts/bench-scale.py OUTDIR [--minimal N] [--rows N] [--areas N] [--status N]

writes into OUTDIR (files that exist are kept: the same arguments give the same bytes)
  scale-minimal-N.csv   N rows `A;B;t` under the header Innsatsområde;Tema;Tiltak (no ids, no base:
                        one focus area, one theme, the same text on every row)
  scale-base-N.yaml     the plan details of Scripts/bench-plan.py (356 municipalities, five focus areas)
  scale-ids-N.csv       N actions of Scripts/bench-plan.py with their ids (NK-01, …)
  scale-noids-N.csv     the same rows without the ID column (the ids are assigned on reading)
  scale-areas-N.csv     N focus areas (Område 1 … Område N, all with the derived code OM), two rows
                        each, no ids, no base
  scale-areas-N.yaml    a plan file with N focus areas (codes A0001, …), one theme and one action each
  scale-status-N.yaml   a plan file with N actions shared by six municipalities (through their group)
                        and a status report from each of them in 2021 and 2022: 12 N reports
  scale-status-N-new.yaml  the same plan as the next collect leaves it: Gol's 2022 report changed on
                        every action, and every tenth action's text changed (what `tiltak diff` compares)
  scale-status-N.csv    a status table `ID;Status;Kommentar` from Gol with a changed status for every
                        action (what `tiltak collect --party Gol` merges)
Standard library only.
"""

import argparse
import csv
import importlib.util
import os


def bench_plan():
    """Scripts/bench-plan.py as a module (its name has a hyphen)."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bench-plan.py")
    spec = importlib.util.spec_from_file_location("bench_plan", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def missing(path):
    return not (os.path.exists(path) and os.path.getsize(path) > 0)


def write(path, text):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    os.replace(tmp, path)


def minimal(outdir, n):
    path = os.path.join(outdir, f"scale-minimal-{n}.csv")
    if missing(path):
        write(path, "Innsatsområde;Tema;Tiltak\n" + "A;B;t\n" * n)


def rows_with_and_without_ids(outdir, n):
    base = os.path.join(outdir, f"scale-base-{n}.yaml")
    with_ids = os.path.join(outdir, f"scale-ids-{n}.csv")
    without = os.path.join(outdir, f"scale-noids-{n}.csv")
    if not (missing(base) or missing(with_ids) or missing(without)):
        return
    plan = bench_plan()
    names = plan.municipalities()
    plan.write_yaml(base, n, names)
    plan.write_csv(with_ids, n, names, 2021 + n)
    with open(with_ids, encoding="utf-8", newline="") as f:
        records = list(csv.reader(f, delimiter=";"))
    lines = [";".join(plan.csv_field(v) for v in record[1:]) for record in records]
    write(without, "\n".join(lines) + "\n")


def many_areas(outdir, n):
    table = os.path.join(outdir, f"scale-areas-{n}.csv")
    if missing(table):
        lines = ["Innsatsområde;Tema;Tiltak;Tidsramme;Ansvar"]
        for i in range(1, n + 1):
            lines.append(f"Område {i};Tema {i};Greie ut samarbeid i område {i};2022;RR")
            lines.append(f"Område {i};Tema {i};Følgje opp område {i};Årleg;Kommune")
        write(table, "\n".join(lines) + "\n")
    plan = os.path.join(outdir, f"scale-areas-{n}.yaml")
    if missing(plan):
        lines = [
            "# Synthetic plan for benchmarks, written by Scripts/bench-scale.py.",
            "format: 1",
            f"id: scale-areas-{n}",
            f"title: Plan med {n} innsatsområde",
            "region: Fjellregionen",
            "owner: Regionrådet for Fjellregionen",
            "language: nn",
            "period: {from: 2021, to: 2024}",
            "revision: {date: 2021-04-10, label: Syntetisk plan for ytingsmåling}",
            "parties:",
            "  - {code: RR, name: Regionrådet, kind: regional-council}",
            "  - {code: GOL, name: Gol, kind: municipality}",
            "focusAreas:",
        ]
        for i in range(1, n + 1):
            lines += [
                f"  - code: A{i:04d}",
                f"    name: Innsatsområde nummer {i}",
                "    themes:",
                f"      - name: Tema {i}",
                "        actions:",
                f"          - text: Greie ut samarbeid i område {i}",
                "            timeframe: \"2022\"",
                "            responsible: RR, Gol",
            ]
        write(plan, "\n".join(lines) + "\n")


STATUS_MUNICIPALITIES = [("FLA", "Flå"), ("NES", "Nesbyen"), ("GOL", "Gol"), ("HEM", "Hemsedal"),
                         ("AAL", "Ål"), ("HOL", "Hol")]
STATUS_VALUES = ["Ikkje starta", "Pågår", "Fullført", "Utsett"]


def status_plan(n, changed):
    """The lines of the plan file of `scale-status-N.yaml` (or, with `changed`, of `-new.yaml`)."""
    codes = [code for code, _ in STATUS_MUNICIPALITIES]
    lines = [
        "# Synthetic plan for benchmarks, written by Scripts/bench-scale.py.",
        "format: 1",
        f"id: scale-status-{n}",
        f"title: Plan med {n} tiltak og statusrapportar",
        "region: Fjellregionen",
        "owner: Regionrådet for Fjellregionen",
        "language: nn",
        "period: {from: 2021, to: 2024}",
        "revision: {date: 2022-04-10, label: Revisjon 2022}",
        "parties:",
        "  - {code: RR, name: Regionrådet, kind: regional-council}",
        f"  - {{code: KOM, name: Kommunane, kind: municipality-group, members: [{', '.join(codes)}]}}",
    ]
    lines += [f"  - {{code: {code}, name: {name}, kind: municipality}}" for code, name in STATUS_MUNICIPALITIES]
    lines.append("focusAreas:")
    areas = 5
    per_area = (n + areas - 1) // areas
    number = 0
    for a in range(areas):
        lines += [f"  - code: S{a + 1}", f"    name: Innsatsområde {a + 1}", "    themes:",
                  f"      - name: Tema {a + 1}", "        actions:"]
        for _ in range(per_area):
            if number == n:
                break
            number += 1
            text = f"Følgje opp samarbeid nummer {number}"
            if changed and number % 10 == 0:
                text += " (endra)"
            lines += [f"          - id: S{a + 1}-{number:05d}", f"            text: {text}",
                      "            timeframe: \"2022\"", "            responsible: Kommunane",
                      "            status:"]
            for year in (2021, 2022):
                for index, (code, name) in enumerate(STATUS_MUNICIPALITIES):
                    status = STATUS_VALUES[(number + index + year) % len(STATUS_VALUES)]
                    comment = f"Rapport {year} frå {name}"
                    collected = f"{year}-03-01"
                    if changed and year == 2022 and code == "GOL":
                        status, comment, collected = "Fullført", "Ferdig i mai", "2022-05-01"
                    lines.append(f"              - {{year: {year}, party: {code}, status: {status}, "
                                 f"comment: {comment}, collected: {collected}, source: {name}.xlsx}}")
    return lines


def many_reports(outdir, n):
    plan = os.path.join(outdir, f"scale-status-{n}.yaml")
    if missing(plan):
        write(plan, "\n".join(status_plan(n, changed=False)) + "\n")
    new = os.path.join(outdir, f"scale-status-{n}-new.yaml")
    if missing(new):
        write(new, "\n".join(status_plan(n, changed=True)) + "\n")
    table = os.path.join(outdir, f"scale-status-{n}.csv")
    if missing(table):
        ids = [line.split("id: ")[1] for line in status_plan(n, changed=False) if line.startswith("          - id: ")]
        write(table, "ID;Status;Kommentar\n" + "".join(f"{i};Fullført;Ferdig i mai\n" for i in ids))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("outdir")
    parser.add_argument("--minimal", type=int, default=200000)
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--areas", type=int, default=4000)
    parser.add_argument("--status", type=int, default=20000)
    args = parser.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    minimal(args.outdir, args.minimal)
    rows_with_and_without_ids(args.outdir, args.rows)
    many_areas(args.outdir, args.areas)
    many_reports(args.outdir, args.status)


if __name__ == "__main__":
    main()
