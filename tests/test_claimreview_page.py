"""The public claim page embeds one ClaimReview that follows Google's rules for fact checks,
read with extruct and expanded with pyld against the saved schema.org context."""

import pytest
from django.test import Client

from claims import claimreview
from claims.models import Claim, SourceAlias

from .api_factories import *  # noqa: F403
from .api_factories import make_published_claim
from .claimreview_reader import expand, json_ld_blocks, types, value
from .factories import ClaimFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def organisation(settings):
    settings.VERIFY_ORGANIZATION_NAME = "Example Fact Desk"
    settings.VERIFY_ORGANIZATION_URL = "https://factdesk.example.org/"
    settings.VERIFY_SITE_URL = "https://factdesk.example.org"


def read_page(claim_id: int) -> dict:
    response = Client().get(f"/claims/{claim_id}/")
    assert response.status_code == 200
    blocks = json_ld_blocks(response.content.decode(), base_url=f"https://factdesk.example.org/claims/{claim_id}/")
    assert len(blocks) == 1, "one ClaimReview per page"
    expanded = expand(blocks[0])
    assert len(expanded) == 1
    return expanded[0]


def test_the_page_embeds_a_claimreview_that_follows_the_rules():
    claim = make_published_claim(label="False", source_name="Maria Lopez")
    review = read_page(claim.pk)
    assert types(review) == ["ClaimReview"]
    # url on this site, the page itself
    assert value(review, "url") == f"https://factdesk.example.org/claims/{claim.pk}/"
    # claimReviewed: the claim's words, under 75 characters, never the verdict
    reviewed = value(review, "claimReviewed")
    assert 0 < len(reviewed) < 75
    assert reviewed.lower() != "false" and "False" not in reviewed.split()
    assert " ".join(claim.text.split()).startswith(reviewed.rstrip("\u2026"))
    # the rating
    rating = value(review, "reviewRating")
    assert types(rating) == ["Rating"]
    assert value(rating, "alternateName") == "False"
    assert value(rating, "ratingValue") == 1
    assert value(rating, "bestRating") == 5
    assert value(rating, "worstRating") == 1
    assert value(rating, "ratingExplanation") == "Records from the city show 12 homes damaged, not 40."
    # the claim, its author (the attributed source) and where it appeared
    item = value(review, "itemReviewed")
    assert types(item) == ["Claim"]
    author = value(item, "author")
    assert types(author) == ["Person"] and value(author, "name") == "Maria Lopez"
    appearance = value(item, "appearance")
    assert value(appearance, "url") == "https://news.example.org/floods"
    assert value(appearance, "headline") == "Floods cut the main road"
    assert value(value(appearance, "publisher"), "name") == "The Daily Example"
    # the fact-checking organisation and the date
    organisation = value(review, "author")
    assert types(organisation) == ["Organization"]
    assert value(organisation, "name") == "Example Fact Desk"
    assert value(organisation, "url") == "https://factdesk.example.org/"
    assert value(review, "datePublished") == claim.published_at.isoformat().replace("+00:00", "Z")


def test_unverifiable_has_a_text_rating_and_no_number():
    claim = make_published_claim(label="Unverifiable")
    rating = value(read_page(claim.pk), "reviewRating")
    assert value(rating, "alternateName") == "Unverifiable"
    for prop in ("ratingValue", "bestRating", "worstRating"):
        assert value(rating, prop) is None
    assert value(rating, "ratingExplanation")


def test_a_long_claim_is_cut_under_75_characters_at_a_word():
    text = (
        "At least 40 homes were damaged when the river burst its banks on Monday night, "
        "the mayor told reporters outside the town hall."
    )
    claim = make_published_claim(text=text)
    reviewed = value(read_page(claim.pk), "claimReviewed")
    assert len(reviewed) < 75 and reviewed.endswith("\u2026")
    assert text.startswith(reviewed[:-1])
    assert not reviewed[:-1].endswith(" ")


def test_an_organisation_source_is_an_organization_author():
    claim = make_published_claim(source_name="Civil Defence")
    source = claim.attributions.get().source
    source.kind = "government"
    source.save()
    SourceAlias.objects.create(source=source, name="CD")
    author = value(value(read_page(claim.pk), "itemReviewed"), "author")
    assert types(author) == ["Organization"] and value(author, "name") == "Civil Defence"


def test_a_claim_without_a_source_is_claimed_by_the_outlet():
    claim = make_published_claim(source_name=None)
    author = value(value(read_page(claim.pk), "itemReviewed"), "author")
    assert value(author, "name") == "The Daily Example"


def test_markup_in_a_claim_cannot_break_out_of_the_script_element():
    claim = make_published_claim(text='He wrote "</script><script>alert(1)</script>" on the wall.')
    response = Client().get(f"/claims/{claim.pk}/")
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    review = json_ld_blocks(html, base_url="https://factdesk.example.org/")[0]
    assert "</script>" in review["itemReviewed"]["text"]


def test_a_withdrawn_claim_page_says_so_and_carries_no_claimreview():
    claim = make_published_claim()
    Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.IN_PROGRESS)
    response = Client().get(f"/claims/{claim.pk}/")
    assert response.status_code == 410
    assert b"withdrawn" in response.content
    assert json_ld_blocks(response.content.decode(), base_url="https://factdesk.example.org/") == []


def test_an_unpublished_claim_has_no_page():
    claim = ClaimFactory(status=Claim.Status.IN_REVIEW)
    assert Client().get(f"/claims/{claim.pk}/").status_code == 404


def test_short_claim_text_never_returns_more_than_74_characters():
    for length in (10, 74, 75, 76, 200):
        assert len(claimreview.short_claim_text("word " * length)) <= 74
    assert claimreview.short_claim_text("x" * 300).endswith("\u2026")
