"""Sentences, spans and offsets into the original text."""
from claims.extraction import extract


def _texts(result):
    return [" ".join(c["text"].split()) for c in result["claims"]]


def test_every_claim_text_is_the_original_slice():
    original = ("A title\n\nThe army said\u00a0on Monday that 12 people\nhad been killed. "
                "\u201cWe will stay,\u201d he said.\n\nMr. Smith arrived in the U.S. on Friday.\n")
    result = extract(original)
    assert result["claims"]
    for c in result["claims"]:
        assert c["text"] == original[c["start"]:c["end"]]


def test_hard_line_breaks_inside_a_sentence_are_joined():
    original = "Title\n\nRebels captured a checkpoint\nin the north of the province\non Tuesday, officials said.\n"
    texts = _texts(extract(original))
    assert texts == ["Rebels captured a checkpoint in the north of the province on Tuesday, officials said."]


def test_abbreviations_and_initials_do_not_end_sentences():
    original = "Title\n\nDr. Jane Smith met Gen. J. R. Allen in Washington on Jan. 5. They talked for an hour.\n"
    texts = _texts(extract(original))
    assert texts == ["Dr. Jane Smith met Gen. J. R. Allen in Washington on Jan. 5.", "They talked for an hour."]


def test_quote_with_attribution_stays_one_sentence():
    original = 'Title\n\n"We have taken the town," the commander told reporters. "It is ours."\n'
    texts = _texts(extract(original))
    assert texts == ['"We have taken the town," the commander told reporters.', '"It is ours."']


def test_caption_without_final_punctuation_is_not_merged_into_the_next_sentence():
    original = ("Title\n\nSmoke rises over the harbour after the explosion\n\n"
                "The blast destroyed three warehouses on Sunday.\n")
    texts = _texts(extract(original))
    assert "The blast destroyed three warehouses on Sunday." in texts
    assert not any(t.startswith("Smoke rises") and "blast" in t for t in texts)


def test_offsets_survive_dropped_invisible_characters():
    original = "Title\n\nThe\u200b ministry said 40 people died.\u00ad Aid arrived on Friday.\n"
    result = extract(original)
    for c in result["claims"]:
        assert c["text"] == original[c["start"]:c["end"]]
    assert [c["text_clean"] for c in result["claims"]] == ["The ministry said 40 people died.", "Aid arrived on Friday."]


def test_crlf_line_endings_keep_paragraphs():
    original = "Title\r\n\r\nFirst paragraph ends here.\r\nSecond line goes on.\r\n"
    result = extract(original)
    assert _texts(result) == ["First paragraph ends here.", "Second line goes on."]
    for c in result["claims"]:
        assert c["text"] == original[c["start"]:c["end"]]


def test_claims_are_in_document_order():
    original = "Title\n\nOne thing happened on Monday.\n\nAnother thing happened on Tuesday.\n"
    starts = [c["start"] for c in extract(original)["claims"]]
    assert starts == sorted(starts)


def test_a_platform_named_x_ends_the_sentence_before_a_new_quotation():
    text = ("Headline\n\nVikram Tirkey rejected the raids.\n\n"
            '"They come whenever an election is near," he wrote on X. "I have nothing to hide."')
    texts = [c["text"] for c in extract(text)["claims"]]
    assert '"They come whenever an election is near," he wrote on X.' in texts
    assert '"I have nothing to hide."' in texts


def test_a_quoted_question_keeps_its_named_tag():
    original = ('Title\n\nOpposition leader Magnus Lind told Dagens Nyheter that the plan was unfunded. '
                '"Where is the money coming from?" Lind said. "Why now?" Lind said on Monday that he had no answer.\n')
    texts = _texts(extract(original))
    assert '"Where is the money coming from?" Lind said.' in texts
    assert '"Why now?"' in texts  # (a clause of its own follows: "Lind said on Monday that ...")
