"""Hedge words in their non-hedging uses are not reported; their hedging uses still are."""

import pytest

from claims.extraction.flags import hedges


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank said it needed more evidence that wage growth was slowing before it could start cutting rates.",
        "Residents said they could hear explosions through the night.",
        "Phiri alleged in a post on Facebook that ballot boxes had been stuffed.",
        "The opposition alleged that ballot boxes had been stuffed.",
        "The parade was a display of Russia's military might.",
        "The poll of 1,200 likely voters was taken last week.",
        "Smokers are twice as likely to develop the disease.",
        "Three men are accused of conspiracy to defraud the trust.",
        "The charity, which is not accused of wrongdoing, said it had found irregularities.",
        "May, who resigned as prime minister in 2019, said the deal was flawed.",
        "She asked whether she could leave early.",
        "The company said it was doing all it could to restore power.",
        "Fans could be seen celebrating in the streets.",
    ],
)
def test_no_hedge_in_ordinary_prose(sentence):
    assert hedges(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Whitby could be out for up to six weeks.", ["could"]),
        ("The alleged victim was taken to hospital.", ["alleged"]),
        ("A former executive accused of ignoring repeated warnings went on trial.", ["accused of"]),
        ("He is accused of creating fake invoices.", ["is accused of"]),
        ("The toll is likely to rise.", ["likely"]),
        ("The ministry said the bridge could take years to rebuild.", ["could"]),
        ("May be the hardest winter yet, aid agencies warn.", ["May be"]),
        (
            "The report says flooding may have contributed to outbreaks, and that an invasive mosquito could "
            "spread the disease to cities.",
            ["may have", "could"],
        ),
        ("Benfica are said to be reluctant to sell but could be persuaded.", ["are said to"]),
    ],
)
def test_hedges_still_found(sentence, expected):
    assert hedges(sentence) == expected
