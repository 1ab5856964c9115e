"""Đồng bộ: packages out and in, trust between units, keys, the units below, directives and catalogs."""
