from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from rest_framework_api_key.models import APIKey


class Command(BaseCommand):
    help = (
        "Create an API key for a consumer and print it once. Only a hash is stored: keep the key, "
        'it cannot be shown again. Consumers send it as "Authorization: Api-Key <key>". '
        "Revoke keys in the admin (API keys)."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help="who the key is for, e.g. 'Newsroom X sync'")
        parser.add_argument("--expires-in-days", type=int, default=None, help="expire the key after this many days")

    def handle(self, *args, name, expires_in_days, **options):
        name = name.strip()
        if not name:
            raise CommandError("give the key a name saying who it is for")
        if expires_in_days is not None and expires_in_days < 1:
            raise CommandError("--expires-in-days must be at least 1")
        expiry = timezone.now() + timedelta(days=expires_in_days) if expires_in_days else None
        api_key, key = APIKey.objects.create_key(name=name, expiry_date=expiry)
        if options["verbosity"] >= 1:
            self.stderr.write(f"API key {api_key.prefix} created for {name!r}; it is shown only this once:")
        self.stdout.write(key)
