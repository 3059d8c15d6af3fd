"""The sale process: reserve, bill, watch, issue, release, recover; journalled and resumable.

`SaleEngine` (in `sale_engine`) is the facade every face uses; its collaborators (reserving,
issuing, releasing, recovery, staff actions) share the ledger and the clients. The journal is
the till's SQLite record of every move. May import `domain`, `services` and the currency
table; never `app`, the faces or `sim` (the simulator is reached by swapping a transport).
"""
