"""Pathological input ends within the time budget; bad input fails clearly."""
import time

import pytest

from claims.extraction import ExtractionError, ExtractionTimeout, extract, extract_many, format_text

BUDGET = 10.0


def _run(text, budget=BUDGET):
    t0 = time.monotonic()
    try:
        result = extract(text, time_budget=budget)
    except ExtractionTimeout:
        result = None
    elapsed = time.monotonic() - t0
    assert elapsed < budget + 1.0, elapsed
    return result


@pytest.mark.parametrize("text", [
    "word " * 10_000 + ".",            # one 50,000-character sentence
    "(" * 20_000 + ")" * 20_000,       # thousands of brackets
    "." * 50_000,                      # thousands of dots
    '"' * 30_000,                      # thousands of quote marks
    "A. " * 15_000,                    # thousands of tiny "sentences"
    "\n" * 50_000,                     # only blank lines
    "",                                # nothing
])
def test_pathological_input_finishes_in_time(text):
    result = _run(text)
    if result is not None:
        for c in result["claims"]:
            assert c["text"] == text[c["start"]:c["end"]]


def test_two_megabytes_finish_or_time_out_within_budget():
    text = ("The army said on Monday that 40 people had been killed in the north of the country. " * 25_000)[:2_000_000]
    _run(text, budget=5.0)


def test_right_to_left_script_returns_no_claims_with_a_warning():
    text = "عنوان\n\n" + "قال الجيش يوم الاثنين إن أربعين شخصا قتلوا في شمال البلاد. " * 50
    result = _run(text)
    assert result["claims"] == []
    assert result["language"] == "ar"
    assert "extraction is English-only; language ar" in result["warnings"]


def test_other_latin_language_is_detected():
    text = "Titre\n\n" + "Le gouvernement a déclaré lundi que les élections auront lieu en mars, selon le ministre. " * 10
    result = extract(text)
    assert result["claims"] == [] and result["language"] == "fr"


def test_non_string_input_raises_a_clear_error():
    with pytest.raises(ExtractionError, match="needs a str"):
        extract(b"bytes")


def test_extract_many_matches_extract():
    texts = ["Headline\n\nThe army said 40 people died.\n", "Other\n\nRain fell on Monday.\n"]
    assert extract_many(texts) == [extract(t) for t in texts]


def test_format_text_renders_metadata_and_sources():
    text = ('Headline\n\n"The town has fallen," Rami Abdel Rahman, director of the observatory, told AFP.\n')
    out = format_text(extract(text))
    assert out.startswith("Title: Headline")
    assert "1. [" in out
    assert "Rami Abdel Rahman (director of the observatory) —told→ AFP" in out
