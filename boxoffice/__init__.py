"""Box Office: door sales for Ticket Tailor events, paid in bitcoin through BTCPay Server."""

__version__ = "0.1.0"
