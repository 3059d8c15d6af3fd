"""The reasons table: one complete row per reason, matching what the engine and faces did."""

from __future__ import annotations

import pytest

from boxoffice.domain.reasons import (
    DEFAULT_ADVICE,
    REASONS,
    Reason,
    ReasonWords,
    is_failure,
    journal_form,
    staff_advice,
    staff_may_accept,
    words_under,
)
from boxoffice.domain.sale import SaleState

#: The sets `domain/reasons.py` held before the table (string values, as journals hold them).
OLD_FAILURE_REASONS = {
    "hold_refused",
    "invoice_refused",
    "service_error",
    "interrupted",
    "payment_unavailable",
}
OLD_PAYMENT_TROUBLE = {"paid_late", "partial_then_expired", "paid_after_cancel", "payment_invalid"}
OLD_MESSAGES = {
    "expired": "The invoice expired unpaid; the tickets were released.",
    "cancelled": "The sale was cancelled; the tickets were released.",
    "invalid": "The invoice was marked invalid in BTCPay; the tickets were released.",
    "interrupted": "The sale was interrupted before payment was asked for; nothing was charged.",
    "payment_unavailable": "BTCPay did not give the payment details; nothing was charged.",
}
#: The words the window showed under "Needs attention" and "Released" (ui/formatting.py).
OLD_ATTENTION_WORDS = {
    "paid_late": "paid after it expired",
    "paid_after_cancel": "paid after a cancel",
    "partial_then_expired": "only partly paid",
    "payment_invalid": "not confirmed in time",
    "issue_refused": "tickets refused",
    "hold_missing": "reserved tickets gone",
}
OLD_RELEASED_WORDS = {"expired": "expired unpaid", "cancelled": "cancelled", "invalid": "invalid"}
#: The reasons the result page had advice for (ui/result_page.py ADVICE / ACCEPT_ADVICE).
OLD_ADVICE_KEYS = {
    "paid_late",
    "partial_then_expired",
    "paid_after_cancel",
    "issue_refused",
    "payment_invalid",
    "service_error",
}
OLD_ACCEPT_ADVICE_KEYS = {"paid_late", "paid_after_cancel", "payment_invalid"}

#: Every journal string the old code wrote (sold_out carried a ticket type id).
OLD_JOURNAL_STRINGS = (
    OLD_FAILURE_REASONS
    | OLD_PAYMENT_TROUBLE
    | set(OLD_MESSAGES)
    | set(OLD_ATTENTION_WORDS)
    | {"sold_out"}
)


def test_every_reason_has_one_row_and_every_row_a_reason():
    assert set(REASONS) == set(Reason)
    assert all(isinstance(row, ReasonWords) for row in REASONS.values())
    assert {str(r) for r in Reason} == OLD_JOURNAL_STRINGS


def test_the_values_are_the_journal_strings():
    for reason in Reason:
        assert Reason(str(reason)) is reason
        assert reason == str(reason)  # a StrEnum: equal to the text the journal holds


def test_failure_and_staff_acceptance_match_the_old_sets():
    assert {str(r) for r in Reason if REASONS[r].is_failure} == OLD_FAILURE_REASONS | {"sold_out"}
    assert {str(r) for r in Reason if REASONS[r].staff_may_accept} == OLD_PAYMENT_TROUBLE
    for reason in Reason:
        assert is_failure(reason) is reason.is_failure is REASONS[reason].is_failure
        assert staff_may_accept(reason) is reason.staff_may_accept
    assert not is_failure(None) and not staff_may_accept(None)


def test_fixed_messages_match_the_old_ones():
    fixed = {str(r): r.message for r in Reason if r.message is not None}
    assert fixed == OLD_MESSAGES


def test_end_states_are_sale_states_and_follow_the_kind_of_reason():
    for reason, row in REASONS.items():
        state = SaleState(row.ends_in)
        assert state.terminal
        if row.is_failure:
            assert state is SaleState.FAILED, reason
        elif str(reason) in OLD_ATTENTION_WORDS:
            assert state is SaleState.NEEDS_ATTENTION, reason
        else:
            assert state is SaleState.RELEASED, reason
    assert all(REASONS[r].ends_in == "needs_attention" for r in Reason if r.staff_may_accept)


def old_words(state: SaleState, reason: str) -> str | None:
    """The words ui/formatting.py `sale_state_words` showed, as it computed them."""
    reason = reason.split(":", 1)[0]
    if state is SaleState.NEEDS_ATTENTION:
        return OLD_ATTENTION_WORDS.get(reason, "check the sale")
    if state is SaleState.RELEASED:
        return OLD_RELEASED_WORDS.get(reason, "not paid")
    if state is SaleState.FAILED:
        return "sold out" if reason == "sold_out" else "nothing charged"
    return None


@pytest.mark.parametrize("state", list(SaleState))
def test_words_under_each_state_match_the_windows_words(state):
    for reason in [None, *Reason]:
        assert words_under(state, reason) == old_words(state, str(reason or "")), reason


def test_advice_covers_the_old_keys_and_falls_back_to_the_default():
    assert {str(r) for r in Reason if REASONS[r].advice != DEFAULT_ADVICE} == OLD_ADVICE_KEYS
    assert {str(r) for r in Reason if REASONS[r].accept_advice} == OLD_ACCEPT_ADVICE_KEYS
    assert staff_advice(None) == DEFAULT_ADVICE
    assert staff_advice(Reason.HOLD_MISSING, acceptable=True) == DEFAULT_ADVICE
    paid_late = REASONS[Reason.PAID_LATE]
    assert staff_advice(Reason.PAID_LATE) == paid_late.advice
    assert staff_advice(Reason.PAID_LATE, acceptable=True) == paid_late.accept_advice
    # A partial payment has no "accept" advice: the usual words stay.
    partial = Reason.PARTIAL_THEN_EXPIRED
    assert staff_advice(partial, acceptable=True) == REASONS[partial].advice
    assert staff_advice(Reason.PAID_LATE, acceptable=True).startswith("The full amount arrived")


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        (None, (None, None)),
        ("", (None, None)),
        ("paid_late", (Reason.PAID_LATE, None)),
        ("sold_out:tt_123", (Reason.SOLD_OUT, "tt_123")),
        ("sold_out:", (Reason.SOLD_OUT, None)),
        ("sold_out", (Reason.SOLD_OUT, None)),
    ],
)
def test_parse_reads_the_journal_form(text, parsed):
    assert Reason.parse(text) == parsed
    reason, detail = parsed
    if text:
        assert journal_form(reason, detail) == text.rstrip(":")


@pytest.mark.parametrize("text", ["refunded", "Paid_Late", "sold out", ":tt_1"])
def test_parse_refuses_a_reason_it_does_not_know(text):
    with pytest.raises(ValueError):
        Reason.parse(text)


def test_journal_form():
    assert journal_form(None) is None
    assert journal_form(Reason.EXPIRED) == "expired"
    assert journal_form(Reason.SOLD_OUT, "tt_1") == "sold_out:tt_1"


def test_the_closed_page_and_the_accept_question_take_their_words_from_the_table():
    """Words the window once kept beside the table (result page, accept confirmation)."""
    closed = {r: REASONS[r].closed_words for r in Reason if REASONS[r].closed_words}
    assert closed == {
        Reason.CANCELLED: "The sale was cancelled; nothing was paid.",
        Reason.EXPIRED: "The invoice expired before it was paid.",
    }
    warnings = {r: REASONS[r].accept_warning for r in Reason if REASONS[r].accept_warning}
    assert warnings == {
        Reason.PAYMENT_INVALID: "Accept only if BTCPay shows the payment confirmed by now."
    }
    asides = {r: REASONS[r].accept_aside for r in Reason if REASONS[r].accept_aside}
    assert asides == {
        Reason.PAID_LATE: "The bitcoin rate may have moved since the invoice expired."
    }
    # Only a payment staff may accept has words for the accept question.
    assert all(REASONS[r].staff_may_accept for r in (*warnings, *asides))


# -- the table's words are Words, said in the window's language --------------------------------

from dataclasses import fields  # noqa: E402

from boxoffice.domain.reasons import DEFAULT_WORDS  # noqa: E402
from boxoffice.words import Words, say  # noqa: E402

#: The fields of a row that hold words for people.
WORDED_FIELDS = (
    "words",
    "advice",
    "message",
    "accept_advice",
    "closed_words",
    "accept_warning",
    "accept_aside",
)


def _marked(_context: str, source: str) -> str:
    return "«" + source + "»"


def test_every_word_of_the_table_is_words_and_a_translator_changes_it():
    seen = 0
    for reason, row in REASONS.items():
        assert {f.name for f in fields(row)} - set(WORDED_FIELDS) == {
            "ends_in",
            "staff_may_accept",
            "is_failure",
        }, "a new field of words: add it to WORDED_FIELDS"
        for name in WORDED_FIELDS:
            text = getattr(row, name)
            if text is None:
                continue
            assert isinstance(text, Words), (reason, name, text)
            assert text.context == "Reason"
            assert say(text, _marked) == f"«{text}»"
            seen += 1
    assert seen >= 2 * len(REASONS)  # words and advice at least


def test_the_defaults_are_words_too():
    for text in (DEFAULT_ADVICE, *DEFAULT_WORDS.values()):
        assert isinstance(text, Words) and say(text, _marked) == f"«{text}»"
    assert isinstance(staff_advice(None), Words)
    assert isinstance(words_under("failed", None), Words)
    assert isinstance(Reason.PAID_LATE.message or Reason.EXPIRED.message, Words)
