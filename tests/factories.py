"""Test data. Factories build realistic rows; people come from the fixtures in conftest.py."""

import factory
from django.contrib.auth import get_user_model

from claims.models import Article, Attribution, Claim, Source, Verdict, VerdictRating, content_hash


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"person{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("correct horse battery staple")


ARTICLE_TEXT = (
    "Floods cut the main road\n\n"
    "Heavy rain flooded the main road into the city on Monday, officials said.\n\n"
    '"At least 40 homes were damaged," Maria Lopez, the mayor, told Reuters.\n\n'
    "The army reportedly sent two helicopters to the area.\n"
)


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    original_text = factory.Sequence(lambda n: f"{ARTICLE_TEXT}\nUpdate {n}: crews were still at work.\n")
    content_hash = factory.LazyAttribute(lambda a: content_hash(a.original_text))
    title = "Floods cut the main road"
    outlet = "The Daily Example"
    extraction_status = Article.ExtractionStatus.EXTRACTED


class ClaimFactory(factory.django.DjangoModelFactory):
    """A claim; spans differ by ordinal so several claims can share one article."""

    class Meta:
        model = Claim

    article = factory.SubFactory(ArticleFactory)
    ordinal = factory.Sequence(lambda n: n + 1)
    start = factory.LazyAttribute(lambda c: (c.ordinal - 1) % max(1, len(c.article.original_text) - 1))
    end = factory.LazyAttribute(lambda c: len(c.article.original_text))
    text = factory.LazyAttribute(lambda c: c.article.original_text[c.start : c.end].strip())
    checkworthiness = 0.7


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source
        django_get_or_create = ("normalized_name",)

    name = factory.Sequence(lambda n: f"Source {n}")
    normalized_name = factory.LazyAttribute(lambda s: s.name.lower())
    kind = Source.Kind.PERSON


class AttributionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Attribution

    claim = factory.SubFactory(ClaimFactory)
    source = factory.SubFactory(SourceFactory)
    ordinal = 1
    cue = "told"
    via = "Reuters"
    quote = Attribution.Quote.DIRECT


def rating(label: str = "False") -> VerdictRating:
    return VerdictRating.objects.get(label=label)


class VerdictFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Verdict

    claim = factory.SubFactory(ClaimFactory)
    version = 1
    rating = factory.LazyFunction(rating)
    explanation = "Records from the city show 12 homes damaged, not 40."
