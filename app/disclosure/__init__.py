"""Public documents for the village notice board and display case (SPEC §7)."""
