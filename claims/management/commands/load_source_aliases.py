from django.core.management.base import BaseCommand
from django.db import transaction

from claims import services, source_aliases
from claims.models import Source, SourceAlias, normalize_source_name


class Command(BaseCommand):
    help = (
        "Write the curated aliases of well-known sources (claims/source_aliases.py: UN, WHO, IS/ISIS/ISIL, "
        "AFP, ...) into the source registry. Idempotent: aliases already recorded are left alone. An alias "
        "that is already a separate source is reported; --merge folds such sources into the canonical one. "
        "Sources nobody has cited yet are not created (resolve_source consults the list when they are)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="report what would change without writing")
        parser.add_argument(
            "--merge",
            action="store_true",
            help="merge sources registered under a curated alias (e.g. a separate 'ISIS') into the canonical source",
        )

    def handle(self, *args, dry_run, merge, **options):
        verbosity = options["verbosity"]
        added = merged = conflicts = skipped = 0
        for curated in source_aliases.SOURCES:
            keys = [curated.key, *(normalize_source_name(n) for n in curated.aliases)]
            if not (
                Source.objects.filter(normalized_name__in=keys).exists()
                or SourceAlias.objects.filter(normalized_name__in=keys).exists()
            ):
                # Nobody on the desk has cited it yet; resolve_source consults the list when they do.
                skipped += 1
                if verbosity >= 2:
                    self.stdout.write(f"{curated.name}: not in the registry; skipped")
                continue
            with transaction.atomic():
                source = self._canonical(curated, dry_run=dry_run)
                for name in curated.aliases:
                    key = normalize_source_name(name)
                    if source is not None and key == source.normalized_name:
                        continue
                    alias = SourceAlias.objects.select_related("source").filter(normalized_name=key).first()
                    if alias is not None:
                        if source is None or alias.source_id != source.pk:
                            conflicts += 1
                            self.stderr.write(
                                self.style.WARNING(f"{name!r} is already an alias of {alias.source}; left as it is")
                            )
                        continue
                    separate = Source.objects.filter(normalized_name=key).first()
                    if separate is not None and (source is None or separate.pk != source.pk):
                        if not merge:
                            conflicts += 1
                            self.stderr.write(
                                self.style.WARNING(
                                    f"{name!r} is a separate source ({separate.pk}); "
                                    f"run with --merge to fold it into {curated.name}"
                                )
                            )
                            continue
                        merged += 1
                        if verbosity >= 2 or dry_run:
                            self.stdout.write(f"merge {separate} ({separate.pk}) into {curated.name}")
                        if not dry_run:
                            source = self._canonical(curated, dry_run=False)
                            services.merge_sources(target=source, others=[separate])
                        continue
                    added += 1
                    if verbosity >= 2 or dry_run:
                        self.stdout.write(f"alias {name!r} -> {curated.name}")
                    if not dry_run:
                        source = self._canonical(curated, dry_run=False)
                        services.add_source_alias(source=source, name=name)
        prefix = "would add" if dry_run else "added"
        if verbosity >= 1:
            self.stdout.write(
                f"{prefix} {added} alias(es), {'would merge' if dry_run else 'merged'} {merged} source(s); "
                f"{conflicts} conflict(s) reported; {skipped} of {len(source_aliases.SOURCES)} curated sources "
                "not cited yet"
            )

    def _canonical(self, curated, *, dry_run: bool):
        """The registry's source for a curated entry; created unless this is a dry run."""
        key = curated.key
        alias = SourceAlias.objects.select_related("source").filter(normalized_name=key).first()
        if alias is not None:
            return alias.source
        existing = Source.objects.filter(normalized_name=key).first()
        if existing is not None or dry_run:
            return existing
        return services.resolve_source(name=curated.name, kind=curated.kind)
