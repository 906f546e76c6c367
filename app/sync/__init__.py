"""Sync packets between a village and its township (issue 7): identity and enrolment, packet
file format, export from the change log, import with checks, acknowledgements, network.

Format: docs/packet-format.md. No Qt here.
"""
