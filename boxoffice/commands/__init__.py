"""The headless commands of `boxoffice`: sell, reconcile, sales, doctor (bench: boxoffice.bench)."""
