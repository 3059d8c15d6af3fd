"""Plain words, never a traceback, for odd numbers and for folders that cannot be made."""

from __future__ import annotations

import pytest

from boxoffice import cli
from boxoffice.app import paths
from boxoffice.commands.common import BadInput, ExitStatus
from boxoffice.commands.sell import parse_tickets
from boxoffice.domain.sale import SaleState
from boxoffice.engine.journal import Journal
from tests.commands.test_cli_unit import make_sale


@pytest.mark.parametrize("count", ["1_0", "٣", "+2", "2.0", "１", "0x2", " 2 2"])
def test_a_quantity_is_ascii_digits_only(count):
    with pytest.raises(BadInput, match="not a whole number"):
        parse_tickets([f"tt_1={count}"])


@pytest.mark.parametrize("count", ["10001", "99999999999999999999", "9" * 5000])
def test_a_quantity_over_the_limit_says_the_limit(count):
    with pytest.raises(BadInput, match="too large: at most 10000"):
        parse_tickets([f"tt_1={count}"])


@pytest.mark.parametrize("limit", ["1", "5", "99999999999999999999999", "9" * 5000])
def test_sales_limit_takes_any_positive_number(limit, capsys):
    journal = Journal(paths.journal_path())
    journal.record_new(make_sale(SaleState.RESERVING))
    journal.close()
    assert cli.main(["sales", "--csv", "--limit", limit]) == ExitStatus.OK
    assert "s_1" in capsys.readouterr().out


@pytest.mark.parametrize("limit", ["0", "-1", "x", "1_0"])
def test_sales_limit_refuses_what_is_not_a_number_of_sales(limit, capsys):
    with pytest.raises(SystemExit) as caught:
        cli.main(["sales", "--limit", limit])
    assert caught.value.code == 2
    assert "not a number of sales" in capsys.readouterr().err


def test_a_data_folder_that_cannot_be_made_is_said_in_words(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(blocker / "data"))
    assert cli.main(["sales"]) == ExitStatus.FAILURE
    err = capsys.readouterr().err
    assert "cannot create its data folder" in err
    assert paths.DATA_DIR_ENV in err
    assert "Traceback" not in err and "Unexpected error" not in err
