from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims import services
from claims.models import Article


class Command(BaseCommand):
    help = (
        "Store article files (or every .txt file in a folder) and queue their extraction. "
        "Bad files are reported and nothing is written for them; the exit status is non-zero "
        "if any file was refused."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="files, or folders whose *.txt files are read")
        parser.add_argument("--dry-run", action="store_true", help="check the files without storing them")

    def handle(self, *args, paths, dry_run, **options):
        files = []
        for raw in paths:
            path = Path(raw)
            if path.is_dir():
                found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in (".txt", ".text"))
                if not found:
                    self.stderr.write(f"{path}: no .txt files in this folder")
                files.extend(found)
            elif path.is_file():
                files.append(path)
            else:
                self.stderr.write(self.style.ERROR(f"{path}: no such file or folder"))
                files.append(None)
        refused = sum(1 for f in files if f is None)
        stored = 0
        for path in (f for f in files if f is not None):
            try:
                size = path.stat().st_size
                if size > settings.VERIFY_MAX_ARTICLE_BYTES:
                    raise services.IngestError(
                        f"{path}: {size:,} bytes is over the size limit of {settings.VERIFY_MAX_ARTICLE_BYTES:,} bytes"
                    )
                text = services.decode_article_bytes(data=path.read_bytes(), name=str(path))
                if dry_run:
                    services.validate_article_text(text=text, name=str(path))
                    self.stdout.write(f"{path}: would be stored")
                    continue
                article = services.ingest_article(
                    text=text, origin=Article.Origin.FILE, filename=path.name, name=str(path)
                )
            except services.DuplicateArticleError as exc:
                refused += 1
                self.stderr.write(self.style.WARNING(f"{path}: already ingested as article {exc.article.pk}; skipped"))
            except services.IngestError as exc:
                refused += 1
                self.stderr.write(self.style.ERROR(str(exc)))
            else:
                stored += 1
                if options["verbosity"] >= 1:
                    self.stdout.write(f"{path}: stored as article {article.pk}; extraction queued")
        if options["verbosity"] >= 1:
            self.stdout.write(f"{stored} stored, {refused} refused")
        if refused:
            raise CommandError(f"{refused} file(s) refused", returncode=1)
