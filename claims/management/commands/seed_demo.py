import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction

from claims import roles, services
from claims.bootstrap import ensure_groups_and_scale
from claims.models import Article, Claim, VerdictRating

User = get_user_model()
DEMO_USERS = (
    ("admin", "admin@example.org", None),
    ("editor", "editor@example.org", roles.EDITORS),
    ("factchecker", "factchecker@example.org", roles.FACT_CHECKERS),
)


class Command(BaseCommand):
    help = (
        "Set up a demo desk: users admin, editor and factchecker (password from DEMO_PASSWORD or "
        "generated and printed), the articles in seeds/ ingested and extracted, a few claims "
        "published through the real workflow, and a new API key. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--seeds", default=str(Path(settings.BASE_DIR) / "seeds"), help="folder of .txt articles")
        parser.add_argument("--publish", type=int, default=3, help="how many seed claims to publish (default 3)")

    def handle(self, *args, seeds, publish, **options):
        ensure_groups_and_scale()
        password = os.environ.get("DEMO_PASSWORD") or secrets.token_urlsafe(9)
        users = {name: self._user(name, email, group, password) for name, email, group in DEMO_USERS}

        for path in sorted(Path(seeds).glob("*.txt")):
            try:
                text = services.decode_article_bytes(data=path.read_bytes(), name=str(path))
                article = services.ingest_article(text=text, origin=Article.Origin.FILE, filename=path.name)
                self.stdout.write(f"seed {path.name}: stored as article {article.pk}")
            except services.DuplicateArticleError as exc:
                article = exc.article
                self.stdout.write(f"seed {path.name}: already here as article {article.pk}")
            if article.extraction_status != Article.ExtractionStatus.EXTRACTED:
                article.refresh_from_db()
            if article.extraction_status != Article.ExtractionStatus.EXTRACTED:
                services.run_extraction(article_id=article.pk)
                article.refresh_from_db()
            self.stdout.write(
                f"  extraction {article.extraction_status}: {article.claims.count()} claims"
                + (f" ({article.failure_reason})" if article.failure_reason else "")
            )

        published = self._publish_some(users["factchecker"], users["editor"], publish)
        key = self._api_key()

        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS("Demo desk ready."))
        self.stdout.write(f"Published through the workflow: {published} claim(s).")
        self.stdout.write("Sign in at http://127.0.0.1:8000/admin/ or http://127.0.0.1:8000/desk/ as:")
        for name, _, group in DEMO_USERS:
            self.stdout.write(f"  {name:12s} password: {password}   ({group or 'superuser'})")
        if key:
            self.stdout.write(f"API key: {key}")

    def _user(self, name, email, group, password):
        user, _ = User.objects.get_or_create(username=name, defaults={"email": email})
        user.email = user.email or email
        user.is_staff = True
        user.is_superuser = group is None
        user.set_password(password)
        user.save()
        if group:
            user.groups.add(Group.objects.get(name=group))
        services.ensure_profile(user=user)
        return user

    def _publish_some(self, checker, editor, count: int) -> int:
        """Walk a few claims through the real workflow so the API has something to serve."""
        already = Claim.objects.filter(status=Claim.Status.PUBLISHED).count()
        wanted = max(0, count - already)
        rating = VerdictRating.objects.filter(active=True, rating_value__isnull=False).order_by("-rating_value").first()
        done = 0
        candidates = Claim.objects.filter(status__in=[Claim.Status.NEW, Claim.Status.ASSIGNED]).order_by(
            "-checkworthiness", "id"
        )
        for claim in candidates[: wanted * 3]:
            if done >= wanted:
                break
            with transaction.atomic():
                if claim.status == Claim.Status.NEW:
                    claim = services.assign_claim(claim=claim, assignee=checker, actor=checker)
                elif claim.assignee_id != checker.pk:
                    continue
                claim = services.start_claim(claim=claim, actor=checker)
                services.propose_verdict(
                    claim=claim,
                    actor=checker,
                    rating=rating,
                    explanation="Demo verdict: the claim matches the cited reporting of the day.",
                )
                services.approve_verdict(claim=claim, actor=editor, note="demo approval")
            done += 1
        return done + already if wanted else already

    def _api_key(self) -> str | None:
        try:
            from rest_framework_api_key.models import APIKey
        except ImportError:
            return None
        _, key = APIKey.objects.create_key(name="demo consumer")
        return key
