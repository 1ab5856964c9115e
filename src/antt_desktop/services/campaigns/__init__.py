"""Phong trào: campaign days, activities and prestigious people."""
