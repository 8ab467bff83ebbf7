"""Semantic cache: backend protocol, memory and Milvus backends, candidate verification."""
