"""The organiser's settings dialog, one module per feature.

`connections` (addresses, Test and Connect to BTCPay) with `keys` (the API keys in the keyring)
and `pairing` (BTCPay's authorize callback), `events` (which events this till sells),
`ticket_changes` (per ticket type overrides), `pages` (the tabs built from the settings'
declarations), and `dialog`, the shell that composes them.
"""
