"""Model build: turns packaged encoder weights and the project corpora into ONNX artifacts."""
