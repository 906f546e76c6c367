"""Build the .qm translation files from resources/i18n/*.ts (stub until the GUI lands)."""

import sys

if __name__ == "__main__":
    sys.exit(0)
