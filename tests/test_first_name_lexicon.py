"""Sanity checks for the hand-compiled given-name gender lexicon."""

import re

import pytest

from claims.extraction.first_names import FEMALE_FIRST_NAMES, MALE_FIRST_NAMES

NAME_RE = re.compile(r"[a-z]+(?:[-'][a-z]+)*")


def test_sets_are_disjoint():
    assert FEMALE_FIRST_NAMES.isdisjoint(MALE_FIRST_NAMES)


@pytest.mark.parametrize("names", [FEMALE_FIRST_NAMES, MALE_FIRST_NAMES])
def test_entries_are_lower_case_alphabetic(names):
    bad = sorted(n for n in names if not NAME_RE.fullmatch(n))
    assert bad == []


@pytest.mark.parametrize("names", [FEMALE_FIRST_NAMES, MALE_FIRST_NAMES])
def test_sizes(names):
    assert len(names) >= 1200


@pytest.mark.parametrize("name", ["karen", "lisa", "fatima", "ama", "priya", "olga"])
def test_clear_female_names(name):
    assert name in FEMALE_FIRST_NAMES
    assert name not in MALE_FIRST_NAMES


@pytest.mark.parametrize("name", ["gregory", "darnell", "kofi", "mohammed", "rahul", "ivan"])
def test_clear_male_names(name):
    assert name in MALE_FIRST_NAMES
    assert name not in FEMALE_FIRST_NAMES


@pytest.mark.parametrize(
    "name",
    [
        "alex",
        "sam",
        "jordan",
        "taylor",
        "kim",
        "andrea",
        "jean",
        "sasha",
        "morgan",
        "casey",
        "jamie",
        "robin",
        "chris",
        "nicola",
        "simone",
        "yuki",
        "nikita",
        "noor",
        "kai",
        "rene",
        "renee",
        # common words that must not be read as names
        "will",
        "hope",
        "may",
        "june",
        "april",
        "august",
        "said",
    ],
)
def test_unisex_or_ambiguous_names_in_neither(name):
    assert name not in FEMALE_FIRST_NAMES
    assert name not in MALE_FIRST_NAMES
