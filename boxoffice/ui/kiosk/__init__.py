"""The kiosk: an unattended, touch-first ticket machine that strangers cannot break out of.

Built on the same sale flow and navigation as the staff window; only `boxoffice.ui.app`
assembles it, for `--kiosk`.
"""
