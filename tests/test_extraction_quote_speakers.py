"""Quoted speech and its speakers: manner-verb tags, quotes opened by a 'mixed' sentence, pronouns
bound inside their own clause, and 'by her account' asides."""

from tests.extraction_helpers import source_names

PROFILE = (
    "Elsa Lindqvist has run the ferry café on Orust for 31 years.\n\n"
    '"We open at five, even in January," she laughs. "The fishermen would riot otherwise. '
    'Nobody else serves porridge at that hour."\n\n'
    "The first winters were, by her account, brutal and lonely.\n\n"
    "The café burned down in 1999 and was rebuilt by the village within a year."
)


def test_manner_verb_tag_gives_the_quote_its_speaker():
    assert source_names(PROFILE, "she laughs") == ["Elsa Lindqvist"]


def test_rest_of_a_quote_tagged_by_a_manner_verb_follows():
    assert source_names(PROFILE, "would riot otherwise") == ["Elsa Lindqvist"]
    assert source_names(PROFILE, "Nobody else serves porridge") == ["Elsa Lindqvist"]


def test_inverted_manner_tag_with_a_name():
    text = "The club turned 100 this week.\n\n" + '"Not bad for an old club," jokes Tomas Berg, its oldest member.'
    assert source_names(text, "jokes Tomas Berg") == ["Tomas Berg"]


def test_manner_verb_without_a_quote_is_an_event():
    text = ("Priya Natarajan chaired the meeting on Monday.\n\n"
            "She laughed when the councillors voted to rename the bridge after the mayor's dog.")
    assert source_names(text, "She laughed when") == []


def test_manner_verb_after_a_finished_quoted_sentence_is_not_a_tag():
    text = ('Marco Bellini was asked about the fine.\n\n'
            '"We paid it." He smiled at the camera as the committee chairman moved on to the next witness.')
    assert source_names(text, "He smiled at the camera") == []


def test_by_her_account_attributes_the_narration():
    assert source_names(PROFILE, "by her account") == ["Elsa Lindqvist"]


def test_by_his_own_admission_points_at_the_named_subject():
    text = ("The trial opened in Leeds on Monday.\n\n"
            "By his own admission, Daniel Okafor had never audited a charity before 2019.")
    assert source_names(text, "By his own admission") == ["Daniel Okafor"]


def test_by_all_accounts_and_my_view_are_not_sources():
    text = ("The trawler sank off Peterhead on Sunday.\n\n"
            "The crew, by all accounts, reached the lifeboat within minutes.\n\n"
            "In my view the rescue services deserve more money from the government.")
    assert source_names(text, "by all accounts") == []
    assert source_names(text, "In my view") == []


def test_rest_of_a_quote_opened_after_a_colon_follows_its_speaker():
    text = ("Two men were jailed on Friday for a string of burglaries in Swansea.\n\n"
            'Inspector Gareth Howells said: "These were calculated crimes against elderly people. '
            'I hope the sentences send a clear message to others."')
    assert source_names(text, "I hope the sentences") == ["Gareth Howells"]


def test_sentence_after_an_indirect_statement_is_not_given_its_speaker():
    text = ("Two men were jailed on Friday for a string of burglaries in Swansea.\n\n"
            "Inspector Gareth Howells said the investigation had taken two years.\n\n"
            "Both men had previous convictions for theft and fraud in Cardiff.")
    assert source_names(text, "Both men had previous") == []


def test_object_pronoun_does_not_make_the_speaker_female():
    text = ("Ingrid Moe kept the lighthouse at Lista for thirty years.\n\n"
            'Her former deputy Anders Vik described her as "the most careful person I know".\n\n'
            '"She once repainted the whole lantern room in a single weekend," he said by phone from Oslo.')
    assert source_names(text, "he said by phone") == ["Anders Vik"]


SETUP = ("Defence ministers from five countries met in Tallinn on Thursday.\n\n"
         "Estonian Defence Minister Liina Tamm told reporters the talks had been \"useful\".\n\n"
         "Danish Defence Minister Mette Holm was less diplomatic.\n\n"
         '"We came here to sign something, and we are leaving with nothing," she said.')


def test_quote_after_a_setup_sentence_goes_to_the_person_set_up():
    assert source_names(SETUP, "leaving with nothing") == ["Mette Holm"]


def test_setup_person_of_the_other_gender_is_not_taken():
    text = SETUP.replace("Mette Holm was less diplomatic.", "Lars Holm was less diplomatic about his disappointment.")
    assert source_names(text, "leaving with nothing") == ["Liina Tamm"]


FARM = "Grace Otieno has farmed maize near Kitale for forty years.\n\n"


def test_put_it_with_a_quote_is_speech():
    text = FARM + 'Otieno put it bluntly: "Without the subsidy, we are finished."'
    assert source_names(text, "put it bluntly") == ["Grace Otieno"]
    text = FARM + 'As one farmer put it, "the rain is the only boss we have."'
    assert source_names(text, "As one farmer") == ["one farmer"]


def test_put_it_without_a_quote_is_not_speech():
    text = FARM + "The ministry put it at the top of its list of priorities for the coming year."
    assert source_names(text, "The ministry put it") == []


def test_in_the_words_of_a_person():
    text = FARM + 'In the words of one neighbour, "the whole valley depends on her harvest."'
    assert source_names(text, "In the words of") == ["one neighbour"]
    text = FARM + "In the words of the old song, the valley is always green in May."
    assert source_names(text, "old song") == []


def test_quotation_hung_on_the_speaker_is_not_its_descriptor():
    from tests.extraction_helpers import claim_with
    text = FARM + '"We lost half the crop in 2022," Otieno, 61, told reporters outside the cooperative.'
    (src,) = claim_with(text, "told reporters")["sources"]
    assert src["name"] == "Grace Otieno"
    assert "crop" not in (src["descriptor"] or "")


def test_colon_frame_about_a_person_introduces_their_quotation():
    text = FARM + 'Otieno was blunt: "Without the subsidy, we are finished."'
    assert source_names(text, "was blunt") == ["Grace Otieno"]
    text = FARM + 'Her answer was immediate: "We stay on this land."'
    assert source_names(text, "Her answer") == ["Grace Otieno"]
    text = FARM + 'She had a simple message for the minister: "Come and see the fields."'
    assert source_names(text, "simple message") == ["Grace Otieno"]


def test_colon_frame_about_a_thing_is_not_a_speaker():
    text = FARM + 'The sign on the gate read: "No entry without a permit from the county."'
    assert source_names(text, "The sign on the gate") == []
    text = FARM + 'The county has one rule for farmers: "No permit, no subsidy."'
    assert source_names(text, "one rule") == []


def test_manner_tag_with_the_comma_outside_the_quote_marks():
    text = FARM + '"Not in this weather, and not at my age", she laughs.'
    assert source_names(text, "she laughs") == ["Grace Otieno"]
