"""Naming and resolving sources: acronyms take the fullest name the article gives, epithets point at the
person just named, descriptions take the name the article gives them later."""

from claims.extraction import extract

from .extraction_helpers import claim_with, source_names


# --- an acronym whose full name has a qualifier after the spelled words ---------------------------

ACRONYM = (
    "The International Labour Organization of the United Nations (ILO) published new figures on Monday.\n\n"
    "The ILO said youth unemployment had risen in 40 countries.\n\n"
    "Unemployment among women rose fastest, according to the ILO."
)


def test_acronym_takes_full_name_with_qualifier():
    full = "International Labour Organization of the United Nations"
    assert source_names(ACRONYM, "youth unemployment") == [full]
    assert source_names(ACRONYM, "among women") == [full]


def test_acronym_without_qualifier_unchanged():
    text = ("The World Meteorological Organization (WMO) issued a warning.\n\n"
            "The WMO said the heatwave would last a week.")
    assert source_names(text, "heatwave") == ["World Meteorological Organization"]


def test_unrelated_acronym_not_expanded():
    text = ("The Organization of American States met in Lima.\n\n"
            "The NRC said the reactor was safe.")
    assert source_names(text, "reactor") == ["NRC"]


# --- epithets: demonyms and ages with a relative clause ---------------------------------------------

def _epithet(sentence: str) -> list[dict]:
    text = "Marta Nilsen said her team had played badly. " + sentence
    return claim_with(text, sentence[:20])["sources"]


def test_demonym_with_relative_clause_is_the_person_just_named():
    srcs = _epithet("The Norwegian, whose side have lost four in a row, said the pitch was poor.")
    assert [s["name"] for s in srcs] == ["Marta Nilsen"]
    assert srcs[0]["descriptor"] == "The Norwegian"


def test_unlabelled_demonym_is_the_person_just_named():
    assert [s["name"] for s in _epithet("The Swede, who joined in May, said the referee was wrong.")] \
        == ["Marta Nilsen"]


def test_age_epithet_with_relative_clause():
    srcs = _epithet("The 29-year-old, who scored twice, said the club would appeal.")
    assert [s["name"] for s in srcs] == ["Marta Nilsen"]


def test_collective_demonym_is_not_a_person():
    names = [s["name"] for s in _epithet("The French said the summit would go ahead.")]
    assert "Marta Nilsen" not in names


def test_named_body_after_the_is_not_an_epithet():
    names = [s["name"] for s in _epithet("The Kremlin said the summit would go ahead.")]
    assert "Marta Nilsen" not in names


def test_no_person_before_leaves_epithet_alone():
    out = extract("Headline\n\nThe Dane said the club would write to the league.")
    assert all(s["name"] != "Marta Nilsen" for c in out["claims"] for s in c["sources"])
