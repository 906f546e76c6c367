"""Build scripts for the bundles and installers (not part of the installed program)."""
