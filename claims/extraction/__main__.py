"""python -m claims.extraction PATH [--format json|text] [--time-budget S]"""
from __future__ import annotations

import argparse
import json
import sys

from . import ExtractionError, extract, format_text


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m claims.extraction", description="Extract claims from an article file.")
    ap.add_argument("path", help="a UTF-8 text file, or - for standard input")
    ap.add_argument("--format", choices=("json", "text"), default="json")
    ap.add_argument("--time-budget", type=float, default=30.0, help="seconds (0 for none)")
    a = ap.parse_args(argv)
    try:
        if a.path == "-":
            text = sys.stdin.read()
        else:
            with open(a.path, encoding="utf-8") as f:
                text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        print(f"error: cannot read {a.path}: {e}", file=sys.stderr)
        return 2
    try:
        result = extract(text, time_budget=a.time_budget or None)
    except ExtractionError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    if a.format == "json":
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_text(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
