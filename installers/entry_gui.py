"""Entry point of fpregw.exe on Windows: the window without a console (`fpreg gui`)."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main(["gui", *sys.argv[1:]]))
