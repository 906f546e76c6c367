"""FP Register core: domain services that run without Qt."""


def __getattr__(name: str) -> str:
    # __version__ comes from pyproject.toml (app/version.py), read only when asked for.
    if name == "__version__":
        from app.version import version

        return version()
    raise AttributeError(f"module 'app' has no attribute {name!r}")
