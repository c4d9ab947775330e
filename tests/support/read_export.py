#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads an exported file with readers that share no code with the console, and prints what it holds as
one JSON object: {"header": [...], "rows": [[...], ...], ...}. Used by tst_resourceexport.

  read_export.py csv FILE    Python's csv module (RFC 4180), UTF-8
  read_export.py xlsx FILE   openpyxl: cell values with their types, the frozen pane, the autofilter
  read_export.py xlsx2csv FILE   Debian's xlsx2csv, then the csv module
"""
import csv
import datetime
import io
import json
import subprocess
import sys


def read_csv(text):
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    return {"header": rows[0] if rows else [], "rows": rows[1:]}


def cell(value):
    if isinstance(value, datetime.datetime):
        return {"type": "datetime", "value": value.isoformat()}
    if isinstance(value, datetime.date):
        return {"type": "date", "value": value.isoformat()}
    if value is None:
        return {"type": "empty", "value": None}
    return {"type": type(value).__name__, "value": value}


def read_xlsx(path):
    import openpyxl
    book = openpyxl.load_workbook(path)
    sheet = book.active
    rows = [list(row) for row in sheet.iter_rows()]
    return {
        "header": [c.value for c in rows[0]] if rows else [],
        "header_bold": all(c.font.bold for c in rows[0]) if rows else False,
        "rows": [[cell(c.value) for c in row] for row in rows[1:]],
        "formulas": sum(1 for row in rows for c in row if c.data_type == "f"),
        "freeze_panes": sheet.freeze_panes,
        "auto_filter": sheet.auto_filter.ref,
    }


def main():
    kind, path = sys.argv[1], sys.argv[2]
    if kind == "csv":
        with open(path, encoding="utf-8", newline="") as f:
            out = read_csv(f.read())
    elif kind == "xlsx":
        out = read_xlsx(path)
    elif kind == "xlsx2csv":
        text = subprocess.run(["xlsx2csv", "-d", ",", "-i", path], check=True, capture_output=True).stdout
        out = read_csv(text.decode("utf-8"))
    else:
        sys.exit("unknown kind " + kind)
    json.dump(out, sys.stdout, ensure_ascii=False)


main()
