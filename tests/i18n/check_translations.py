#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The translations are complete and current, and user-visible text goes through tr().

Runs lupdate over the console's translatable sources into copies of the committed .ts files and fails when:
- lupdate finds a string the committed file lacks (run `cmake --build <dir> --target update_translations`),
  or the committed file keeps an entry whose string has vanished from the sources;
- a translation is unfinished (German: every entry; English: the plural forms, which it exists for);
- a plural entry has the wrong number of forms (English and German both have two);
- a translation drops a placeholder (%1, %n, %L1) of its source;
- a source file hands a user-visible widget text a literal that is not wrapped in tr().

usage: check_translations.py LUPDATE SOURCES_LIST TS...
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

LUPDATE_OPTIONS = ["-locations", "relative", "-no-obsolete", "-tr-function-alias",
                   "QT_TR_NOOP+=OP_TEXT,QT_TR_NOOP+=ONE_CLICK_TEXT,QT_TR_NOOP+=VIEW_TEXT"]
PLACEHOLDER = re.compile(r"%(?:L?\d+|L?n)")
# A widget's text given as a literal: QStringLiteral("…"), QString::fromLatin1("…"), u"…", QLatin1String("…").
UNWRAPPED = re.compile(
    r"\b(?:set(?:Text|WindowTitle|ToolTip|PlaceholderText|StatusTip|WhatsThis|Title|LabelText|AccessibleName)"
    r"|showMessage|addAction|addMenu|addTab|new Q(?:Label|PushButton|CheckBox|GroupBox|RadioButton|Action))"
    r"\(\s*(?:QStringLiteral\(|QString::fromLatin1\(|QString::fromUtf8\(|QLatin1String(?:View)?\(|u)\"([^\"]*)\"")


def entries(ts_path):
    tree = ET.parse(ts_path)
    for context in tree.getroot().findall("context"):
        name = context.find("name").text
        for message in context.findall("message"):
            yield name, message


def check_ts(lupdate, sources_list, committed, problems):
    language = os.path.basename(committed).rsplit("_", 1)[-1].split(".")[0]
    with tempfile.TemporaryDirectory() as scratch:
        copy = os.path.join(scratch, os.path.basename(committed))
        shutil.copy(committed, copy)
        report = subprocess.run([lupdate, *LUPDATE_OPTIONS, "@" + sources_list, "-ts", copy],
                                capture_output=True, text=True, check=True).stdout
        found = re.search(r"Found (\d+) source text\(s\) \((\d+) new and (\d+) already existing\)", report)
        removed = re.search(r"Removed (\d+) obsolete entries", report)
        print(f"{os.path.basename(committed)}: {report.strip()}")
        if not found:
            problems.append(f"{committed}: lupdate's report was not understood:\n{report}")
            return
        if int(found.group(2)):
            problems.append(f"{committed}: {found.group(2)} new string(s) are not in the file; run "
                            "`cmake --build build --target update_translations` and translate them")
        if removed and int(removed.group(1)):
            problems.append(f"{committed}: {removed.group(1)} entries have vanished from the sources; run "
                            "`cmake --build build --target update_translations`")
        for context, message in entries(copy):
            source = message.find("source").text or ""
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            where = f"{committed}: [{context}] {source!r}"
            if translation.get("type") in ("vanished", "obsolete"):
                continue  # counted above
            if language == "en" and not numerus:
                continue  # English reads its sources; en.ts is there for the plural forms
            if translation.get("type") == "unfinished":
                problems.append(f"{where}: not translated")
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")] if numerus else [translation.text or ""]
            if numerus and len(forms) != 2:
                problems.append(f"{where}: {len(forms)} plural forms, not 2")
            if any(not form.strip() for form in forms) and source.strip():
                problems.append(f"{where}: an empty translation")
            for form in forms:
                if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(form))):
                    problems.append(f"{where}: {form!r} does not keep the placeholders of its source")


def check_sources(sources_list, problems):
    with open(sources_list, encoding="utf-8") as listing:
        files = [line.strip() for line in listing if line.strip() and not line.startswith("-I")]
    for path in files:
        if not path.endswith(".cpp"):
            continue
        with open(path, encoding="utf-8") as source:
            for number, line in enumerate(source, 1):
                for literal in UNWRAPPED.findall(line):
                    # Addresses, markup templates and placeholders alone are not words to translate.
                    if "://" in literal or literal.startswith("<") or not re.search(r"[A-Za-z]{2,}", literal):
                        continue
                    problems.append(f"{path}:{number}: \"{literal}\" is shown without tr()")


def main():
    lupdate, sources_list, *ts_files = sys.argv[1:]
    problems = []
    for ts in ts_files:
        check_ts(lupdate, sources_list, ts, problems)
    check_sources(sources_list, problems)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)")
    sys.exit(1 if problems else 0)


main()
