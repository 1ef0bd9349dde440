"""Checks that the benchmark's workbooks hold the same Tiltak sheet: the same cells, formats, row
heights (`<sheetData>` of the first sheet) and the same shared strings, so that the timings compare
writers doing the same work.

    bench-compare.py REFERENCE.xlsx OTHER.xlsx ...

Exits 1 naming the first file that differs.
"""
import re
import sys
import zipfile


def content(path):
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
        match = re.search(r"<sheetData>.*</sheetData>|<sheetData/>", sheet, re.S)
        rows = match.group(0) if match else ""
        strings = z.read("xl/sharedStrings.xml") if "xl/sharedStrings.xml" in z.namelist() else b""
    return rows, strings


def main():
    reference, others = sys.argv[1], sys.argv[2:]
    rows, strings = content(reference)
    for other in others:
        other_rows, other_strings = content(other)
        if other_rows != rows:
            at = next((i for i, (a, b) in enumerate(zip(rows, other_rows)) if a != b), min(len(rows), len(other_rows)))
            print(f"bench-compare: {other}: the Tiltak sheet's cells differ from {reference} at character {at}:"
                  f" …{other_rows[max(0, at - 60):at + 60]}…", file=sys.stderr)
            return 1
        if other_strings != strings:
            print(f"bench-compare: {other}: the shared strings differ from {reference}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
