"""Prompt classification: keyword rules and ONNX heads on one shared encoder."""

from extproc.classify.base import Classification, Classifier, PIISpan

__all__ = ["Classification", "Classifier", "PIISpan"]
