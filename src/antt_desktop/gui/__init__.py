"""The PySide6 desktop client: a thin layer over ``services`` (the only package that imports Qt)."""
