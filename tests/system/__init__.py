"""The whole application: build artifacts, installation, import structure."""
