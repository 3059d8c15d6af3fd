"""A damaged sale record is named in the window after a restart; the other sales go on."""

from __future__ import annotations

import sqlite3

from tests.ui.conftest import open_till, run_until
from tests.ui.helpers import sell


def test_a_damaged_record_is_named_in_the_window_and_the_till_still_sells(
    qtbot, loop, sim, till_settings, tmp_path
):
    first = open_till(qtbot, loop, sim, till_settings, tmp_path)
    sale = sell(qtbot, loop, first, email="damaged@example.org")
    loop.run_until_complete(first.flow.aclose())
    # The record is damaged and names no invoice: nothing can rebuild it automatically.
    db = sqlite3.connect(tmp_path / "data" / "journal.sqlite3")
    with db:
        db.execute("UPDATE sales SET data='{', invoice_id=NULL WHERE id=?", (sale.id,))
    db.close()

    second = open_till(qtbot, loop, sim, till_settings, tmp_path)
    try:
        run_until(
            loop,
            lambda: (
                sale.id in second.error_banner.message.toolTip()
                or sale.id in second.error_banner.message.text()
            ),
            message="the damaged record named",
        )
        assert second.flow.current_sale_id is None  # nothing half-read is shown as a sale
        assert second.pages.currentWidget() is second.events_page
        again = sell(qtbot, loop, second, email="next@example.org")
        assert again.id != sale.id and again.invoice_id
    finally:
        loop.run_until_complete(second.flow.aclose())
