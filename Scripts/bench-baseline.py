#!/usr/bin/env python3
"""Benchmark baseline: the council workbook's Tiltak sheet written with Python XlsxWriter, as a user
would otherwise script it, from the TSV that `tiltak list --format tsv` prints (the same values), with
the same layout as tiltak and Scripts/bench-baseline.c.

    bench-baseline.py IN.tsv OUT.xlsx [--constant-memory]
"""
import sys

import xlsxwriter

HEADERS = ["ID", "Tema", "Tiltak", "Tidsramme", "Ansvar", "Involvert", "Finansiering", "Merknad", "Status",
           "Kommentar", "Innsatsområde", "Frå år", "Til år", "Kostnad (kr)", "Kostnadstype"]
NUMBERS = {11, 12, 13}


def unescape(cell):
    if "\\" not in cell:
        return cell
    out, i = [], 0
    while i < len(cell):
        c = cell[i]
        if c == "\\" and i + 1 < len(cell):
            i += 1
            c = {"t": "\t", "n": "\n", "r": "\r"}.get(cell[i], cell[i])
        out.append(c)
        i += 1
    return "".join(out)


def display_length(text):
    return max(len(line) for line in text.split("\n"))


def main():
    source, target = sys.argv[1], sys.argv[2]
    streaming = "--constant-memory" in sys.argv[3:]
    workbook = xlsxwriter.Workbook(target, {"constant_memory": streaming})
    sheet = workbook.add_worksheet("Tiltak")
    header = workbook.add_format({"bold": True, "valign": "top", "text_wrap": True, "bg_color": "#DDEBF7",
                                  "border": 1, "border_color": "#A6A6A6"})
    text = workbook.add_format({"valign": "top", "text_wrap": True})
    amount = workbook.add_format({"num_format": "#,##0", "valign": "top"})
    integer = workbook.add_format({"num_format": "0", "valign": "top"})
    widths = [0] * len(HEADERS)
    measured = []  # (row, col, line lengths) of texts longer than 6 characters, for row heights
    if streaming:
        for col, caption in enumerate(HEADERS):
            sheet.write_string(0, col, caption, header)
            widths[col] = len(caption)
    row = 0
    with open(source, encoding="utf-8") as f:
        next(f)
        for line in f:
            row += 1
            for col, cell in enumerate(line.rstrip("\n").split("\t")):
                if not cell:
                    continue
                if col in NUMBERS:
                    value = int(cell)
                    sheet.write_number(row, col, value, amount if col == 13 else integer)
                    n = len(str(value))
                    width = n + (n // 3 if value >= 1000 else 0)
                else:
                    cell = unescape(cell)
                    sheet.write_string(row, col, cell, text)
                    width = display_length(cell)
                    if not streaming and len(cell.replace("\n", "")) > 6:
                        measured.append((row, col, [len(line) for line in cell.split("\n")]))
                if width > widths[col]:
                    widths[col] = width
    last_row = max(row, 1)
    for col, caption in enumerate(HEADERS):
        widths[col] = max(widths[col], len(caption) + 3)
    widths[8] = max(widths[8], 14)
    widths[9] = max(widths[9], 30)
    if streaming:
        sheet.autofilter(0, 0, last_row, len(HEADERS) - 1)
    else:
        sheet.add_table(0, 0, last_row, len(HEADERS) - 1, {
            "name": "Tiltak", "style": "Table Style Medium 2",
            "columns": [{"header": h, "header_format": header} for h in HEADERS]})
    sheet.data_validation(1, 8, last_row, 8, {
        "validate": "list", "source": "=Lister!$A$1:$A$5", "ignore_blank": True,
        "input_title": "Status", "input_message": "Vel status frå lista.",
        "error_title": "Ugyldig status", "error_message": "Vel ein av verdiane i lista."})
    sheet.freeze_panes(1, 1)
    # The most characters each column is wide, for legible print (ActionTableLayout.printWidth).
    most = [8, 14, 30, 10, 14, 16, 12, 22, 12, 14, 16, 6, 6, 12, 16]
    shown = [min(max(width, 6), max(cap, 6)) + 2 for width, cap in zip(widths, most)]
    for col, width in enumerate(shown):
        sheet.set_column(col, col, width)
    # Rows whose text wraps get the height of their lines (15 points a line, at most 409), as in tiltak.
    one_line = [int(width * 1.1) for width in shown]
    per_line = [max(1, o - 3) for o in one_line]
    lines_of = {}
    for r, col, lengths in measured:
        n = sum(1 if length <= one_line[col] else max(1, -(-length // per_line[col])) for length in lengths)
        if n > lines_of.get(r, 1):
            lines_of[r] = n
    for r, n in sorted(lines_of.items()):
        sheet.set_row(r, min(409, 15 * n))
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.set_print_scale(81)
    sheet.set_margins(0.4, 0.4, 0.75, 0.75)
    sheet.print_area(0, 0, last_row, 9)
    sheet.set_header("&CHandlingsprogram")
    sheet.set_footer("&LTiltak&RSide &P av &N")
    sheet.repeat_rows(0)
    lists = workbook.add_worksheet("Lister")
    for i, value in enumerate(["Ikkje starta", "Pågår", "Fullført", "Utsett", "Avlyst"]):
        lists.write_string(i, 0, value)
    lists.set_column(0, 0, 16)
    lists.hide()
    sheet.activate()
    workbook.close()


if __name__ == "__main__":
    main()
