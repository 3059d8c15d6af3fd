"""Ticket Tailor REST API v1: what it answers (`models`) apart from how it is asked (`client`).

The models are read by the domain too; the client only by the engine and the app.
"""
