"""Values and rules of a door sale, with no I/O and no asyncio.

Money, event times, the catalogue and its door-price rule, the buyer, the order and its cart,
the checkout settings, the sale and its states, the reasons a sale ends as it does (one table
of words), and the texts of a payment request. May import only `boxoffice.services` models
and errors and the currency table; everything else of Box Office is built on top of this.
"""
