"""What a scan at the door comes to, and its words (one voice for the window and the terminal).

A sealed set of kinds, as pretix's scanner has: each is shown in one tone and needs nothing
from the person at the door but the next scan (the next result replaces it).
"""

from __future__ import annotations

import enum
import time
from dataclasses import dataclass

from boxoffice.engine.door_list import DoorTicket, LocalCheckIn
from boxoffice.words import joined, translate


class ScanKind(enum.Enum):
    """The kinds of answer a scan gets."""

    VALID = "valid"
    ALREADY = "already_checked_in"
    VOIDED = "voided"
    UNKNOWN = "unknown"
    OTHER_EVENT = "other_event"
    #: Ticket Tailor refused for a reason of its own, or could not be asked and the door list
    #: does not know: nobody was admitted.
    PROBLEM = "problem"

    @property
    def admit(self) -> bool:
        return self is ScanKind.VALID


@dataclass(frozen=True)
class ScanResult:
    """The answer to one scan. `offline`: judged against the door list (Ticket Tailor could not
    be reached); then a VALID admission is queued. `when`/`by_till`: the earlier check-in of an
    ALREADY answer, when known (`by_this_till` when it was this till's)."""

    kind: ScanKind
    barcode: str
    ticket: DoorTicket | None = None
    quantity: int = 0
    offline: bool = False
    queued: bool = False
    when: float | None = None
    by_till: str | None = None
    by_this_till: bool = False
    event_name: str | None = None
    detail: str | None = None

    @property
    def holder(self) -> str | None:
        return self.ticket.full_name if self.ticket else None

    @property
    def ticket_type(self) -> str | None:
        return self.ticket.ticket_type if self.ticket else None


@dataclass(frozen=True)
class DoubleAdmission:
    """A ticket admitted here offline that Ticket Tailor had checked in elsewhere too."""

    local: LocalCheckIn
    ticket: DoorTicket | None
    elsewhere_at: float | None


@dataclass
class SyncReport:
    """What sending the queued check-ins did."""

    sent: int = 0
    doubles: list[DoubleAdmission] | None = None
    waiting: int = 0
    problem: str | None = None

    def __post_init__(self) -> None:
        if self.doubles is None:
            self.doubles = []


def clock_time(moment: float) -> str:
    """HH:MM in the till's local time (what staff read on the wall clock)."""
    return time.strftime("%H:%M", time.localtime(moment))


def headline(result: ScanResult) -> str:
    """The large words of a result."""
    kind = result.kind
    if kind is ScanKind.VALID:
        return translate("CheckIn", "Valid — admit {count}").format(count=result.quantity or 1)
    if kind is ScanKind.ALREADY:
        if result.when is None:
            return translate("CheckIn", "Already checked in")
        at = clock_time(result.when)
        if result.by_this_till:
            return translate("CheckIn", "Already checked in at {time} (by this till)").format(
                time=at
            )
        if result.by_till:
            return translate("CheckIn", "Already checked in at {time} (by till {till})").format(
                time=at, till=result.by_till
            )
        return translate("CheckIn", "Already checked in at {time}").format(time=at)
    if kind is ScanKind.VOIDED:
        return translate("CheckIn", "Voided")
    if kind is ScanKind.UNKNOWN:
        return translate("CheckIn", "Unknown ticket")
    if kind is ScanKind.OTHER_EVENT:
        return translate("CheckIn", "Other event")
    return translate("CheckIn", "Not checked in")


def details(result: ScanResult) -> str:
    """The smaller line: who, what, and how it was judged."""
    parts: list[str] = []
    if result.ticket is not None:
        parts.append(
            translate("CheckIn", "{name} · {ticket_type} · {barcode}").format(
                name=result.holder or translate("CheckIn", "no name"),
                ticket_type=result.ticket_type or translate("CheckIn", "ticket"),
                barcode=result.ticket.barcode,
            )
        )
    else:
        parts.append(translate("CheckIn", "Barcode {barcode}").format(barcode=result.barcode))
    if result.kind is ScanKind.OTHER_EVENT and result.event_name:
        parts.append(
            translate("CheckIn", "This ticket is for {event}.").format(event=result.event_name)
        )
    if result.kind is ScanKind.VOIDED:
        parts.append(translate("CheckIn", "Do not admit: the ticket was cancelled."))
    if result.kind is ScanKind.UNKNOWN and result.offline:
        parts.append(
            translate("CheckIn", "Not on the door list (Ticket Tailor cannot be reached to check).")
        )
    if result.kind is ScanKind.VALID and result.queued:
        parts.append(
            translate(
                "CheckIn",
                "Checked against the door list: Ticket Tailor will be told when it can be reached.",
            )
        )
    if result.detail:
        parts.append(result.detail)
    return joined(*parts, sep="\n")
