"""A paper whose name is a common noun ("trade magazine The Grocer") keeps its name, even in a story whose subject
is described by that noun ("Britain's second-largest grocer") and named more than any other body."""
from tests.extraction_helpers import source_names

_STORY = ("Harlow's has cut the price of 400 products. The chain, Britain's second-largest grocer, said the cuts "
          "would cost £120m. Harlow's has been losing customers for two years. Harlow's shares fell 4%.\n\n")


def test_the_paper_keeps_its_name():
    text = _STORY + "Harlow's is preparing a second round of cuts, according to trade magazine The Grocer."
    assert source_names(text, "second round") == ["Grocer"]


def test_a_described_grocer_is_still_the_company():
    text = _STORY + "The grocer said the second round of cuts would follow in March."
    assert source_names(text, "second round") == ["Harlow"]
