"""The township's views over its villages' rows (issue 7 item 6): the registers read-only, the
submission board, cross-village duplicates with transfers, and the township return.

Everything here reads rows that sync brought in (each row's site_code is its village) and
writes only rows the township owns (transfer requests)."""
