"""The PySide6 desktop interface: thin windows over the app/ services."""
