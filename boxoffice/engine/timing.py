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
