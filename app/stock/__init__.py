"""Contraceptive stock (issue 4): catalogue, ledger services, balances, monthly figures."""
