"""Backends behind ports: embedders, generators and vector indexes (see :mod:`rag.backends.ports`)."""
