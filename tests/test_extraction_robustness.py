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


@pytest.mark.parametrize("text", ["." * 20_000, "!?" * 5_000, "- - -\n" * 3_000, "A. " * 2_000, "... 12, 13; 14 ..."])
def test_punctuation_only_text_has_no_claims(text):
    assert extract(text, time_budget=BUDGET)["claims"] == []


def test_short_real_sentences_are_still_claims():
    claims = extract("Headline\n\nHe died. The trial continues.\n")["claims"]
    assert [c["text"] for c in claims] == ["He died.", "The trial continues."]


@pytest.mark.parametrize("text", [
    "Air\ud800strikes killed 23 people, the monitor said.",      # lone surrogate
    "\x00\x01\x02 said \x7f the \u202e army",                    # control characters
    "\U0001F600" * 500,                                            # emoji only
    '"' + "\u201c\u201d" * 2_000 + "'",                            # only quote marks
    "Mr. " * 3_000,                                                # only abbreviations
    "The army said. " + "\n\n" * 100 + "(IS) (WHO) (UN)" * 200,
])
def test_strange_input_never_crashes(text):
    result = extract(text, time_budget=BUDGET)
    for c in result["claims"]:
        assert c["text"] == text[c["start"]:c["end"]]


def test_unexpected_internal_error_becomes_extraction_error(monkeypatch):
    from claims.extraction import pipeline

    def boom(*a, **k):
        raise KeyError("oops")
    monkeypatch.setattr(pipeline, "sentence_sources", boom)
    with pytest.raises(ExtractionError, match="internal error in extraction.*KeyError"):
        extract("Headline\n\nThe army said 40 people died.\n")


@pytest.mark.parametrize("bad", [None, 5, ["fine text", None]])
def test_bad_input_raises_extraction_error_only(bad):
    with pytest.raises(ExtractionError):
        (extract_many if isinstance(bad, list) else extract)(bad)


def test_bad_time_budget_is_an_extraction_error():
    with pytest.raises(ExtractionError, match="time_budget"):
        extract("Headline\n\nRain fell.\n", time_budget="soon")


def test_extract_many_gives_every_text_its_own_budget(monkeypatch):
    """A text's budget is its own time: texts that each fit their budget
    pass even when the whole call takes longer than one budget."""
    from claims.extraction import pipeline

    real = pipeline._finish

    def slow(prep, docs):
        time.sleep(0.4)
        return real(prep, docs)
    monkeypatch.setattr(pipeline, "_finish", slow)
    texts = [f"Headline {i}\n\nThe army said {i} people died.\n" for i in range(5)]
    extract_many(texts, time_budget=5.0)           # warm up
    results = extract_many(texts, time_budget=1.0)  # about 2 s in all, 0.4 s each
    assert len(results) == 5


def test_extract_many_slow_text_times_out_alone(monkeypatch):
    from claims.extraction import pipeline

    real = pipeline._finish

    def slow(prep, docs):
        if "slow" in prep.norm.text:
            time.sleep(1.5)
        return real(prep, docs)
    monkeypatch.setattr(pipeline, "_finish", slow)
    texts = ["Headline\n\nRain fell on Monday.\n"] * 3 + ["Headline\n\nThe slow text said so.\n"]
    with pytest.raises(ExtractionTimeout, match="of text 3"):
        extract_many(texts, time_budget=1.0)
