"""How often and how patiently the sale engine polls, backs off and waits.

Its own module so the engine's collaborators can take it without importing the engine.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EngineTiming:
    """How often and how patiently the engine polls (seconds). Tests shrink these."""

    #: Poll interval while the invoice is New (about every second, §7).
    poll_new: float = 1.0
    #: Poll interval while an on-chain payment confirms.
    poll_processing: float = 5.0
    #: Poll interval while a released sale is watched for late payments.
    poll_watch: float = 30.0
    #: First wait after a failed step, doubled up to `backoff_max` (with jitter).
    backoff_initial: float = 1.0
    backoff_max: float = 60.0
    #: How long after expiry or a cancel a sale is still watched for a payment.
    late_payment_grace: float = 15 * 60.0
    #: Wait before looking up a write whose outcome is unknown (let the server finish it).
    lookup_delay: float = 1.0
    #: Steps `recover(watch=False)` takes per sale at most.
    max_steps: int = 6
    #: How long a claim on issuing a sale lasts without being renewed (it is renewed before
    #: every ticket; a process that died gives it up at once).
    claim_seconds: float = 120.0
    #: How long a cancel keeps its caller (the customer, staff) waiting at most; past it the
    #: cancel, journalled already, is finished by the watcher.
    cancel_patience: float = 10.0
    #: Whether independent calls go out at the same time: the hold(s) with the invoice, and a
    #: sale's holds issued side by side. False is the naive, sequential way (hold, then invoice,
    #: then payment methods; one hold, its tickets one after another), which the benchmark
    #: measures as its baseline.
    concurrent: bool = True
    #: How long after an invoice's websocket ended (refused, closed, silent) it is opened
    #: again while the sale is payable; polling carries the sale meanwhile.
    hint_retry: float = 10.0
    #: Seats a hold takes when a sale is split over several holds, and holds a sale takes at
    #: most (`boxoffice.domain.hold_plan`); with `concurrent` off, one hold.
    seats_per_hold: int = 2
    max_holds: int = 5
