"""Evaluation: gold question sets, deterministic metrics, and runs scored against them."""
