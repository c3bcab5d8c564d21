import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims import extraction


class Command(BaseCommand):
    help = (
        "Extract the claims of one article file and print them (JSON: the output contract in "
        "docs; text: for people). Reads the file only; the database is not touched."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="a UTF-8 text file holding one article")
        parser.add_argument("--format", choices=["json", "text"], default="text")
        parser.add_argument("--time-budget", type=float, default=60.0, help="seconds before giving up (default 60)")

    def handle(self, *args, path, format, time_budget, **options):
        file = Path(path)
        if not file.is_file():
            raise CommandError(f"{path}: no such file")
        try:
            text = file.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise CommandError(f"{path}: not valid UTF-8 ({exc.reason} at byte {exc.start})") from None
        try:
            result = extraction.extract(text, time_budget=time_budget)
        except extraction.ExtractionError as exc:
            raise CommandError(f"{path}: {exc}") from None
        if format == "json":
            json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            self.stdout.write(extraction.format_text(result))
