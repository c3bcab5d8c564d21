"""The words that set a statement ("in a statement carried by ...", "in a post on its Facebook page", "in an
interview with the daily ...") name its channel even when the small parser scattered them over the sentence;
a recipient ("in a statement to the London Stock Exchange") or a person interviewed is no channel."""
import pytest

from tests.extraction_helpers import claim_with, sources_with_via


@pytest.mark.parametrize("text, needle, expected", [
    ('Syria\'s foreign ministry condemned the shelling as a "flagrant violation of national sovereignty" in a '
     "statement carried by the official SANA news agency.", "flagrant", [("Syria's foreign ministry", "SANA")]),
    ("The state council of the Trade Union Congress (TUC), in a post on its Facebook page, said it would hold an "
     "emergency meeting of its state executive council.", "emergency meeting",
     [("state council of the Trade Union Congress (TUC)", "Facebook")]),
    ('In a statement posted on Facebook, Millbrook Fraternal Order of Police Lodge 27 said Brandt "made a '
     'split-second decision facing an armed suspect".', "split-second", [
         ("Millbrook Fraternal Order of Police Lodge", "Facebook")]),
    ("In an interview with the Sinhala-language daily Lankadeepa, a senior executive at one of the plantation "
     "companies, who asked not to be named, said several estates were losing money.", "losing money",
     [("a senior executive at one of the plantation companies", "Lankadeepa")]),
])
def test_the_setting_names_the_channel(text, needle, expected):
    assert sources_with_via(text, needle) == expected


@pytest.mark.parametrize("text, needle", [
    ("In a statement to the London Stock Exchange, Harcourt Lyle said it deeply regretted the failings.",
     "deeply regretted"),
    ("In an interview with Prime Minister Keir Walden, the ambassador said the talks would resume.",
     "talks would resume"),
])
def test_a_recipient_or_a_person_interviewed_is_no_channel(text, needle):
    assert [via for _name, via in sources_with_via(text, needle)] == [None]


def test_one_of_the_group_named_first_keeps_the_groups_phrase():
    claim = claim_with("Several Labour backbenchers are reportedly uneasy about the row, and one told Times Radio "
                       "that the minister's position would be \"very difficult\".", "uneasy")
    assert [(s["name"], s["kind"], s["descriptor"], s["via"]) for s in claim["sources"]] == [
        ("Several Labour backbenchers", "anonymous", "one", "Times Radio")]


def test_a_lower_case_agency_name_citing_a_source_passes_it_on():
    assert sorted(sources_with_via(
        "German news agency dpa, citing a government official, reported that the federal transport ministry had "
        "asked both sides to accept mediation.", "mediation")) == [("a government official", "dpa"), ("dpa", None)]


def test_a_paper_citing_a_document_is_the_documents_channel():
    claim = claim_with("German business daily Handelsblatt reported on Monday, citing a draft internal presentation, "
                       "that the company was also considering moving part of its production.", "moving part")
    assert [(s["name"], s["kind"], s["via"]) for s in claim["sources"]] == [
        ("Handelsblatt", "outlet", None), ("a draft internal presentation", "document", "Handelsblatt")]


def test_speakers_before_an_apposition_that_closes_the_sentence():
    names = [s["name"] for s in claim_with(
        "At least 19 people were killed when a jet bombed a monastery school on Sunday morning, residents and the "
        "Nyaungbin People's Defence Force (PDF), a local resistance group, said.", "monastery")["sources"]]
    assert sorted(names) == ["Nyaungbin People's Defence Force", "residents"]


@pytest.mark.parametrize("text, needle, expected", [
    ("In a letter to Belgian authorities dated September 3 and seen by AFP, Angolan Culture Minister Rosalina "
     "Kapenda described the throne as \"a sacred object\".", "sacred object", [("Rosalina Kapenda", "AFP")]),
    ("The interior ministry, in remarks carried by the Kenya News Agency, said 14 suspects had been arrested.",
     "14 suspects", [("interior ministry", "Kenya News Agency")]),
    ("Mr Sowerby's daughter, Ellie, wrote on Facebook days after his death that her father had been \"the kindest "
     "man\".", "kindest", [("Ellie", "Facebook")]),
])
def test_the_channel_further_along_the_setting(text, needle, expected):
    assert sources_with_via(text, needle) == expected


@pytest.mark.parametrize("text, needle, platform", [
    ("A video posted on Facebook by the opposition Coalition for Change appeared to show officers kicking a man.",
     "kicking", "Facebook"),
    ("A video posted on Telegram by a Kyrgyz news channel appeared to show plumes of smoke.", "plumes", "Telegram"),
])
def test_an_item_posted_on_a_platform_is_named_after_the_platform_whoever_posted_it(text, needle, platform):
    assert sources_with_via(text, needle) == [(platform, None)]


def test_the_body_that_issued_a_statement_wrote_it_and_is_no_channel():
    assert sources_with_via("Her co-author, Dr Katrin Vogel, said in a statement issued by Goethe University that the "
                            "discovery was important.", "discovery") == [("Katrin Vogel", None)]


def test_says_in_the_clip_goes_through_the_clips_platform():
    from claims.extraction import extract
    text = ("Relabelling row\n\nA video posted on TikTok on Sunday by content creator Lerato Mokoena shows her peeling "
            "back a sticker.\n\n\"They are putting new dates on old meat,\" Mokoena says in the clip, which had been "
            "viewed 2 million times.\n")
    claim = next(c for c in extract(text)["claims"] if "old meat" in c["text"])
    assert [(s["name"], s["via"]) for s in claim["sources"]] == [("Mokoena", "TikTok")]
