"""The outside world: the Ticket Tailor and BTCPay Server clients, their errors, the OS keyring.

A leaf: imports nothing else of Box Office except the shared currency table, so the clients
can be read, tested and reused on their own.
"""
