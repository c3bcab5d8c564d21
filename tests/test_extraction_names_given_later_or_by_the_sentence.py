"""Names resolved from the rest of the article or the sentence itself: a live blog that writes "Ms Aldous" above
the entry that introduced "prosecutor Rebecca Aldous KC"; "its health ministry" after the country the sentence
opens with; "the Town manager" for the named speaker of the sentence before; "the group" standing for a lede's
description takes the name that description takes, not the next group the article names."""
from claims.extraction import extract
from tests.extraction_helpers import source_names


def names(text: str, needle: str) -> list[str]:
    claim = next(c for c in extract(text)["claims"] if needle in c["text"])
    return [s["name"] for s in claim["sources"]]


def test_a_surname_above_the_full_name_in_a_live_blog():
    text = ("Trial live\n\n14:05 Ms Aldous said the footage appears to show the car.\n\n"
            "10:02 Opening the case on Monday, prosecutor Rebecca Aldous KC told jurors that the victim was found "
            "with head injuries.\n")
    assert names(text, "footage") == ["Rebecca Aldous"]


def test_its_body_after_the_country_the_sentence_opens_with():
    assert source_names("Ukraine, where the invasion has damaged hospitals, recorded 19,400 new cases last year, "
                        "its health ministry wrote on Telegram.", "19,400") == ["Ukraine's health ministry"]


def test_a_role_for_the_speaker_just_before():
    text = ("Derby\n\nChidi Okafor's late header gave Gary Pendlebury's side the win.\n\n"
            "Pendlebury confirmed after the game that the striker had a hamstring injury.\n\n"
            "\"It's a blow,\" the Town manager told reporters.\n")
    assert names(text, "It's a blow") == ["Gary Pendlebury"]


def test_the_group_after_the_lede_keeps_the_monitor():
    text = ("Strikes\n\nDrone strikes on a market killed at least 31 civilians on Saturday, a monitoring group "
            "said.\n\n"
            "The Kordofan Casualty Monitor, a network of volunteers that tracks violence, said 74 people were "
            "wounded.\n\n\"Many of the bodies were burned,\" the group said in a statement.\n\n"
            "The governor blamed the paramilitary Rapid Support Forces (RSF), which have encircled the city.\n\n"
            "In a statement on Telegram, the RSF denied targeting civilians.\n")
    assert names(text, "bodies were burned") == ["Kordofan Casualty Monitor"]


def test_a_titled_surnames_office_is_the_named_persons():
    text = ("Row\n\nDefence Industry Minister Priya Raman denied the claim.\n\n"
            "In a statement released after Question Time, Ms Raman's office said the email was routine.\n")
    assert names(text, "routine") == ["Priya Raman's office"]


def test_it_after_a_body_that_was_only_described():
    text = ("Summit\n\nThe Russian foreign ministry was less convinced. In a post on its Telegram channel, it accused "
            "the EU of trying to draw the region into \"bloc games\".\n")
    claim = next(c for c in extract(text)["claims"] if "bloc games" in c["text"])
    assert [(s["name"], s["via"]) for s in claim["sources"]] == [("Russian foreign ministry", "Telegram")]


def test_he_after_the_speech_of_a_named_person():
    text = ("By-election live\n\nReform UK's Callum Price won 14,212 votes.\n\n"
            "A Labour spokesperson said in a statement that the result was a protest vote.\n\n"
            "Price's acceptance speech was short and pointed.\n\n"
            "\"People here have been told to wait their turn for ninety years,\" he said.\n")
    assert names(text, "wait their turn") == ["Callum Price"]


def test_a_lede_body_takes_the_one_name_the_next_sentence_gives():
    text = ("Drought\n\nThe price of maize in northern Kenya has nearly doubled since October, an aid agency said on "
            "Wednesday.\n\nIn a report released in Nairobi, Drylands Relief International (DRI) said a bag of maize "
            "was selling for Sh7,800.\n\nThe agency said its appeal was only 22 per cent funded.\n")
    assert names(text, "nearly doubled") == ["Drylands Relief International"]
    assert names(text, "22 per cent") == ["Drylands Relief International"]


def test_an_unnamed_figure_is_anonymous_and_the_source_is_that_figure():
    text = ("By-election\n\nA senior Tory figure in the hall, who did not want to be named, said the mood was grim.\n\n"
            "The party was \"probably heading for a lost deposit\", the source told me.\n")
    claim = next(c for c in extract(text)["claims"] if "lost deposit" in c["text"])
    assert [(s["name"], s["kind"]) for s in claim["sources"]] == [("A senior Tory figure in the hall", "anonymous")]


def test_the_body_named_with_the_same_noun_just_before():
    text = ("Election\n\nThe head of the AU observer mission, Adama Sarr, said at a news conference that voting had "
            "been peaceful.\n\n\"In some polling stations, votes exceeded registered voters,\" the mission said in its "
            "preliminary statement.\n\nThe UN peacekeeping mission in the country, MINUSCA, urged restraint. MINUSCA "
            "said patrols had been stepped up. MINUSCA added that it was ready to help.\n")
    assert names(text, "registered voters") == ["AU observer mission"]


def test_a_quotation_after_someone_read_a_statement_is_hers():
    text = ("Verdict\n\nThe jury found him guilty on all counts.\n\n"
            "Outside the courtroom, Hale's widow, Janet Hale, read a statement on behalf of the four families.\n\n"
            "\"For nineteen months we have sat in that room. We did it so that our children would not be forgotten.\n\n"
            "\"Today the jury told this community that what happened was a choice.\"\n")
    assert names(text, "nineteen months") == ["Janet Hale"]
    assert names(text, "was a choice") == ["Janet Hale"]


def test_a_quotation_after_an_act_that_reads_nothing_has_no_speaker():
    text = ("Verdict\n\nOutside the courtroom, Janet Hale hugged her daughter.\n\n"
            "\"For nineteen months we have sat in that room.\"\n")
    assert names(text, "nineteen months") == []


def test_a_short_name_in_letters_after_the_full_name():
    text = ("Quake\n\nThe Philippine Institute of Volcanology and Seismology (Phivolcs) said the quake struck at "
            "2am.\n\nPhivolcs said it had recorded 412 aftershocks.\n")
    assert names(text, "412 aftershocks") == ["Philippine Institute of Volcanology and Seismology"]
