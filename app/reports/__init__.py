"""Printed reports (reportlab): no Qt, callable from the GUI (in a worker) and the CLI."""
