"""The payment screen: the QR the customer scans, the amount, the countdown."""
