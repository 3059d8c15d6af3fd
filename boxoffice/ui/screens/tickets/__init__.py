"""The tickets screen: quantities, the access code, the buyer and the total for one event."""
