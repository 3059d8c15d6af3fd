"""What a completed sale's `email_note` says of its ticket e-mail, for staff.

`Words` (context "EmailNote"): English in the journal and on the command line, in the window's
language on the result page, the recent sales and the printed receipt. The ticket e-mail itself
goes to the customer in the language of their order (`boxoffice.domain.ticket_email`).
"""

from __future__ import annotations

from boxoffice.words import Words, translate

#: The tickets are on their way to BTCPay for e-mail.
SENDING_NOTE = translate("EmailNote", "Handing the tickets to BTCPay for e-mail…")
#: The tickets were handed to BTCPay for e-mail before (never sent twice on its own).
EMAILED_BEFORE = translate(
    "EmailNote",
    "The tickets were handed to BTCPay for e-mail before; use E-mail again in Recent sales if the "
    "customer has nothing.",
)
#: Ticket e-mails are turned off in the settings.
TURNED_OFF = translate("EmailNote", "Ticket e-mails are turned off.")
#: The buyer gave no address.
NO_ADDRESS = translate("EmailNote", "No e-mail address was given.")


def lacks_permission(permission: str) -> Words:
    """The BTCPay key may not send e-mail."""
    return translate(
        "EmailNote", "Not sent: the BTCPay API key lacks the permission {permission}."
    ).format(permission=permission)


def not_sent(detail: str) -> Words:
    """BTCPay refused the e-mail; `detail` is its own words."""
    return translate("EmailNote", "Not sent: {detail}").format(detail=detail)


def not_confirmed(detail: str) -> Words:
    """BTCPay's answer was lost: the e-mail may have gone out."""
    return translate(
        "EmailNote",
        "BTCPay did not confirm it took the e-mail ({detail}); it may have been sent. Ask the "
        "customer before using E-mail again.",
    ).format(detail=detail)
