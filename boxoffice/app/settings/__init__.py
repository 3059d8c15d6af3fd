"""The till's settings, in three parts: what each setting is (`declarations`, with the kinds
and their checks in `kinds`), the values of this till (`till.Settings`), and the file they
are kept in (`store`).
"""
