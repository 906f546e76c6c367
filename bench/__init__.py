"""Benchmarks: each bench_*.py runs as `python -m bench.bench_x` and prints its figures."""
