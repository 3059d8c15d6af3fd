"""The sale process: reserve, bill, watch, issue, release, recover; journalled and resumable.

`SaleEngine` (in `sale_engine`) is the facade every face uses. It builds its collaborators
around one `ledger.Ledger` (the journal-then-publish commit, snapshots, per-sale locks, claims,
clock, observers), each given what it needs as constructor arguments: `reserving`,
`payment_watch` (following invoices), `issuing`, `releasing`, `watch` (the background tasks),
`recovery` and `staff_actions`. What an invoice's state means for a sale is the pure function
`invoice_rules.next_move`; `payment_request` reads what the customer is shown, `lookups` finds
holds by note, `journal` is the till's SQLite record of every move, and `integrity` checks the
box office's promises against the services. May import `domain`, `services` and the currency
table; never `app`, the faces or `sim` (the simulator is reached by swapping a transport).
"""
