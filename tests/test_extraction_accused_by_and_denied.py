""""X has been accused of abuses by rights groups, allegations it denies": those who accuse are sources, and
so is the accused, who denies; a by-phrase of the deed is no accuser, nor an unlisted person accusing."""

from tests.extraction_helpers import source_names


def test_accusers_and_the_denial_of_the_accused():
    text = ("The Northern Front says it controls six districts.\n\n"
            "The group has been accused of abuses against civilians by rights groups, allegations it denies.")
    assert source_names(text, "accused of abuses") == ["rights groups", "Northern Front"]


def test_accused_by_before_the_charge():
    assert source_names("The army has been accused by rights groups of torturing detainees.",
                        "torturing") == ["rights groups"]


def test_criticised_by_lawmakers():
    assert source_names("The minister was criticised by opposition lawmakers for the delay.",
                        "delay") == ["opposition lawmakers"]


def test_a_charge_the_accused_rejects():
    text = ("Delta Mining opened the pit in 2019.\n\n"
            "The company has been accused of polluting the river, a charge it rejects.")
    assert source_names(text, "polluting") == ["Delta Mining"]


def test_by_phrase_of_the_deed_is_no_accuser():
    assert source_names("The mayor was accused of taking bribes paid by developers.", "bribes") == []


def test_but_the_government_disputed_the_figure():
    text = "A rights group said five protesters had been killed, but the government disputed the figure."
    assert source_names(text, "five protesters") == ["A rights group", "government"]


def test_residents_disputed_the_toll():
    text = "Police said 12 people died, but residents disputed the toll."
    assert source_names(text, "12 people") == ["Police", "residents"]


def test_a_surname_read_as_an_interjection_still_denies():
    text = "Sarah Pike, 41, is on trial at Manchester Crown Court. Pike denies three counts of attempted murder."
    assert source_names(text, "three counts") == ["Sarah Pike"]


def test_the_outlet_whose_report_is_denied_is_a_source_too():
    assert source_names("Meridane denied a report last month by trade publication BioPharma Ledger that the trial had "
                        "been partly unblinded.", "unblinded") == ["Meridane", "BioPharma Ledger"]
    assert source_names("Demir also denied reports in Germany that his client had been offered to other clubs.",
                        "other clubs") == ["Demir"]


def test_saying_after_a_denied_clause_is_the_deniers():
    assert source_names("Lim later denied that the government was planning a boycott of Indian goods, saying "
                        "Malaysia was \"not interested in a trade war\".", "boycott") == ["Lim"]
