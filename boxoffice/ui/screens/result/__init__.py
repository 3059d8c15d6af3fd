"""The result screen: how a sale ended — its tickets, or what happened and what to do."""
