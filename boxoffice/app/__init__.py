"""Composition and configuration, with no Qt: what both faces (terminal and window) share.

The runtime that builds clients, journal and engine; the settings and their file; the paths
of the per-OS folders; the catalogue source. May import `engine`, `domain`, `services`, `sim`
and the currency table; never a face (`boxoffice.commands`, `boxoffice.ui`).
"""
