"""Modal hedges and their scope (ability with degree adverbs, conditional consequences before or
after the "if", one hedge per clause, not per sentence), impersonal "not possible to tell"
unverifiable wordings, "unverified" as the object of a warning, and wire-service disclaimers
(funding notes, corrections, contributor lines) that are not claims."""

from claims.extraction import extract, flags

from tests.extraction_helpers import claim_with


def _texts(text):
    return [c["text"] for c in extract(text)["claims"]]


# --- ability: "could" with a degree or negative adverb -------------------------------------

def test_could_with_a_degree_or_negative_adverb_is_ability_not_a_hedge():
    assert flags.hedges("The survivors could barely walk when they reached the shore.") == []
    assert flags.hedges("By March the pensioner could no longer pay her heating bills.") == []
    assert flags.hedges("Fans could hardly believe the result.") == []
    assert flags.hedges("The crew could scarcely keep the engine running.") == []


def test_could_of_possibility_is_still_a_hedge():
    assert flags.hedges("The striker could be out for a month with the injury.") == ["could"]
    assert flags.hedges("The closure could barely dent the company's profits, analysts said.") == []
    assert flags.hedges("Prices could rise again in the spring.") == ["could"]


def test_the_only_one_that_could_is_evaluation_not_a_hedge():
    assert flags.hedges("The magistrate said a fine was the only penalty that could be justified.") == []
    assert flags.hedges("It was the only route which could take heavy lorries.") == []
    assert flags.hedges("The storm is one that could cause serious flooding.") == ["could"]


# --- conditional consequences --------------------------------------------------------------

def test_modal_consequence_of_a_following_if_clause_is_not_a_hedge():
    assert flags.hedges('Experts said the drug "may transform treatment" if its price comes down.') == []
    assert flags.hedges("Growers might lose half the crop if the frost returns.") == []
    assert flags.hedges("The dam may fail unless repairs begin this month.") == []


def test_modal_consequence_of_a_preceding_if_clause_is_not_a_hedge():
    assert flags.hedges("If funding is not found soon, we may be facing closures across the region.") == []
    assert flags.hedges("If the talks collapse, the strike might last into next year, one that could cost "
                        "millions.") == []


def test_if_that_is_not_a_condition_keeps_the_hedge():
    assert flags.hedges("Prices may look as if they have peaked.") == ["may"]
    assert flags.hedges("The rally may fade even if supply tightens.") == ["may"]
    assert flags.hedges("Officials say the drought may have peaked, and the reservoirs are filling.") == ["may have"]


# --- scope of an earlier hedge: the clause, not the sentence -------------------------------

def test_could_in_a_later_clause_with_its_own_subject_is_a_hedge():
    assert flags.hedges("The tanker is understood to be anchored off Malta, where inspections could take "
                        "weeks.") == ["is understood to", "could"]
    assert flags.hedges("The keeper left with what appeared to be a knee injury, and the manager said the "
                        "goalkeeper could miss the final.") == ["appeared to", "could"]


def test_could_sharing_the_hedged_subject_stays_in_its_scope():
    assert flags.hedges("The club are said to be unwilling to sell but could be tempted by a big offer.") \
        == ["are said to"]
    assert flags.hedges("Scientists found what may be a new species, a discovery that could change the "
                        "field.") == ["may be"]


def test_hedges_reach_the_extracted_claim():
    text = "The lorry driver could barely speak after the crash, a witness said.\n"
    assert claim_with(text, "lorry driver")["hedges"] == []


# --- unverifiable ---------------------------------------------------------------------------

def test_impersonal_not_possible_to_tell_is_unverifiable():
    assert flags.unverifiable("The group posted images, but it was not possible to tell whether they were "
                              "recent.")[0]
    assert flags.unverifiable("There was no way to establish where the video had been filmed.")[0]
    assert flags.unverifiable("It was impossible to determine if the letter was genuine.")[0]


def test_other_verification_verbs_with_independently_are_unverifiable():
    assert flags.unverifiable("The Herald could not independently establish who fired first.")[:2] == (True, "The Herald")
    assert flags.unverifiable("The clip could not be geolocated.")[0]
    assert not flags.unverifiable("Investigators could not establish the cause of the fire.")[0]
    assert not flags.unverifiable("The council could not determine a date for the vote.")[0]


def test_not_possible_to_tell_without_a_question_is_not_unverifiable():
    assert not flags.unverifiable("It is not possible to tell a joke in that courtroom.")[0]
    assert not flags.unverifiable("It was unclear whether the talks would resume.")[0]


def test_unverified_as_the_object_of_a_warning_is_not_the_claims_status():
    assert not flags.unverifiable("Police urged residents not to share unverified videos of the attack.")[0]
    assert not flags.unverifiable("The ministry warned against unverified rumours about the outbreak.")[0]
    assert flags.unverifiable("Unverified footage posted online showed smoke above the plant.")[0]
    assert flags.unverifiable("The claims remain unverified.")[0]


# --- wire-service disclaimers ---------------------------------------------------------------

def test_funding_disclaimers_and_content_responsibility_are_not_claims():
    text = (
        "Flood study\n\nRiver floods have become 20% more frequent since 1990, the study found.\n\n"
        "___\n\n"
        "The Daily Ledger's climate desk receives support from the Harlow Trust. "
        "The Ledger is solely responsible for all content.\n\n"
        "This coverage is supported by a grant from the Meridian Foundation.\n"
    )
    assert _texts(text) == ["River floods have become 20% more frequent since 1990, the study found."]


def test_corrections_and_contributor_lines_are_not_claims():
    text = (
        "Mayor resigns\n\nThe mayor of Elmsbury resigned on Tuesday, the council said.\n\n"
        "This story has been corrected to show that the mayor resigned on Tuesday, not Monday.\n\n"
        "Contributing reporting by Ana Ruiz in Madrid.\n\n"
        "Tom Baker contributed reporting from Leeds.\n"
    )
    assert _texts(text) == ["The mayor of Elmsbury resigned on Tuesday, the council said."]


def test_funding_sentences_in_the_body_stay_claims():
    text = (
        "Hospital funding\n\nThe hospital receives funding from the regional health board.\n\n"
        "The project is funded by a loan from the European Investment Bank, the council said.\n\n"
        "The county health department receives support from the state.\n"
    )
    assert len(_texts(text)) == 3
