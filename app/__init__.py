"""FP Register core: domain services that run without Qt."""

__version__ = "0.1.0"
