"""BTCPay Server Greenfield API: what it answers (`models`) apart from how it is asked (`client`),
with the key's permissions (`permissions`), the pairing page (`pairing`) and the payment method
ids (`payment_methods`) on their own.
"""
