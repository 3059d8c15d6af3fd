"""The recent sales screen: this till's latest sales, each one a tap away."""
