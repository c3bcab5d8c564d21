"""Via: a person told is a recipient; outlets behind descriptors, replies and reshared videos; a
document keeps the channel it came through (an outlet that saw it, the journal that published it)."""

from tests.extraction_helpers import sources_with_via


def _via(text, needle):
    srcs = sources_with_via(text, needle)
    assert srcs, needle
    return srcs[0][1]


# A person who is told something is never a via.

def test_a_person_told_is_a_recipient_not_a_via():
    text = (
        "Judge Alan Reeve jailed Sarah Jenkins for four years at Leeds Crown Court. "
        '"You preyed on people who trusted you," the judge told Jenkins. "You showed no remorse." '
        "The judge told Jenkins that the sentence reflected the harm done."
    )
    assert _via(text, "preyed on people") is None
    assert _via(text, "no remorse") is None
    assert _via(text, "the sentence reflected") is None


def test_an_outlet_told_is_still_a_via():
    assert _via("The minister told Kommersant that the talks had failed.", "talks had failed") == "Kommersant"
    assert _via("Several residents told the Gazette that the water had turned brown.", "turned brown") == "Gazette"


# The outer verb of the same speaker gives the channel.

def test_the_outer_telling_verb_gives_the_channel_of_an_inner_said():
    text = (
        "Finnish Defence Minister Aino Lehto rejected the claim. "
        "Finland had never agreed to the plan and had said so at the time, she told public broadcaster Yle, "
        'adding that "nothing has changed".'
    )
    assert _via(text, "never agreed") == "Yle"


# Replies to an outlet's questions.

def test_a_written_reply_to_an_outlet_is_a_via():
    assert _via("A company spokesman said in an emailed reply to Reuters that the plant would reopen.",
                "plant would reopen") == "Reuters"
    assert _via('"We followed every rule," a bank spokeswoman said in a written response to dpa, adding that '
                "the audit was complete.", "every rule") == "dpa"


def test_a_response_to_an_event_is_not_a_via():
    assert _via("The union said in response to the ruling that it would appeal.", "would appeal") is None


# A video or statement later shared on a platform.

def test_a_message_later_shared_on_a_platform_is_a_via_and_carries_over():
    text = (
        '"We will rebuild," the mayor, Tomas Berg, said in a video message to residents that was later posted on '
        'Facebook. "Nobody will be left behind." '
        "He said the first repairs would start within weeks."
    )
    assert _via(text, "We will rebuild") == "Facebook"
    assert _via(text, "left behind") == "Facebook"
    assert _via(text, "first repairs") == "Facebook"


# An outlet with a descriptor before its name, and outlets that analysed data.

def test_an_outlet_with_a_descriptor_that_saw_a_document_is_the_via():
    assert _via("According to a draft report seen by the financial daily Les Echos, the bank will cut 900 jobs.",
                "900 jobs") == "Les Echos"
    assert _via("A memo obtained by German news magazine Der Spiegel said the plan had been dropped.",
                "plan had been dropped") == "Der Spiegel"


def test_a_person_who_saw_a_document_is_not_a_via():
    srcs = sources_with_via("According to figures seen by the former minister John Hale, costs doubled.",
                            "costs doubled")
    assert all(via is None for _, via in srcs)


def test_data_analysed_by_an_outlet_has_the_outlet_as_via():
    assert _via("Trains ran late on 40 per cent of days, according to punctuality data analysed by the Tribune.",
                "40 per cent") == "Tribune"


# A document keeps its channel wherever it is cited again.

def test_a_document_seen_by_an_outlet_keeps_the_outlet_paragraphs_later():
    text = (
        "Officials were warned about the dam last spring, according to an internal report seen by the Daily "
        "Clarion.\n\n"
        "The report was written by two engineers.\n\n"
        "It says that water had been seeping through the wall for months."
    )
    assert _via(text, "seeping through") == "Daily Clarion"


def test_a_study_said_later_keeps_its_journal():
    text = (
        "A new malaria drug cleared infections in nine out of ten children, according to a study published in "
        "The Lancet.\n\n"
        '"This is a big step," said Dr Ama Owusu, who was not involved.\n\n'
        "Side effects were mild, the study said."
    )
    assert _via(text, "Side effects were mild") == "Lancet"


def test_a_study_before_any_journal_is_named_has_no_via():
    text = (
        "Coral reefs recover faster than expected, a new study suggests.\n\n"
        "The study, published in the journal Marine Biology, followed 40 reefs."
    )
    assert _via(text, "recover faster") is None


def test_an_organisation_speaking_later_does_not_take_a_documents_via():
    text = (
        "A leaked council memo, seen by the Evening Post, shows cuts were planned in March.\n\n"
        "Local residents gathered outside the town hall on Friday.\n\n"
        "The council said it would not comment on leaked documents."
    )
    srcs = sources_with_via(text, "would not comment")
    assert all(via is None for _, via in srcs)


def test_the_author_of_a_study_speaking_for_itself_does_not_take_the_journal():
    text = (
        "A study by researchers at the University of Bergen, published in the journal Ecology Letters, found "
        "that moths were declining. The university said the study was the largest of its kind."
    )
    assert _via(text, "largest of its kind") is None


def test_the_authors_writing_in_a_study_keep_the_journal():
    text = (
        "A study by researchers at the University of Bergen, published in the journal Ecology Letters, found "
        'that moths were declining. The authors wrote that light pollution was "a likely driver".'
    )
    assert _via(text, "light pollution") == "Ecology Letters"


def test_a_statement_published_on_a_platform_deep_in_the_sentence_is_a_via():
    text = ("The rebel alliance claimed responsibility for the ambush in a statement published on its Telegram "
            'channels on Sunday, saying its fighters had seized "large stocks of weapons".')
    assert _via(text, "ambush") == "Telegram"


def test_footage_posted_on_a_platform_inside_the_reported_words_is_not_the_speakers_channel():
    assert _via("Police said footage posted on TikTok showed the suspect fleeing.", "suspect fleeing") is None


def test_a_deadline_in_the_reported_words_does_not_end_the_carry_over():
    text = ('"We will not move," the drivers\' leader, Paulo Reis, told Reuters. '
            "Reis said the drivers would stay out until Friday unless the company withdrew the plan.")
    assert _via(text, "stay out until Friday") == "Reuters"


def test_a_new_day_of_speaking_still_ends_the_carry_over():
    text = ('"We will not move," the drivers\' leader, Paulo Reis, told Reuters. '
            "On Friday, Reis said the drivers would return to work.")
    assert _via(text, "return to work") is None


def test_a_nationality_before_an_outlet_is_a_descriptor_not_the_via():
    assert _via("The minister told the German news agency dpa that the talks had stalled.", "stalled") == "dpa"
    assert _via("The minister said in an interview with the Swiss newspaper NZZ that the talks had stalled.",
                "stalled") == "NZZ"
    assert _via("The minister told Russian state television that the talks had stalled.",
                "stalled") == "Russian state television"


def test_a_body_or_official_told_is_a_recipient_but_a_newspaper_told_is_a_via():
    assert _via("The defendant told the magistrate that he had been framed.", "framed") is None
    assert _via("Mr Hale told the inquiry that the valve had been replaced.", "valve") is None
    assert _via("Villagers told the newspaper that the water had turned brown.", "turned brown") == "newspaper"


def test_researchers_reporting_in_a_named_journal_speak_through_it():
    assert _via("The researchers reported in The Lancet that the drug halved deaths.", "halved deaths") == "Lancet"
    assert _via("The team wrote in Nature Medicine that the implant restored movement.", "restored") == \
        "Nature Medicine"


def test_a_place_after_in_is_not_a_journal():
    assert _via("In Amibara, farmers reported clouds of insects over the fields.", "clouds of insects") is None
