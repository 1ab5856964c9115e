"""Mô hình: self-management models, their activity log and typical-model criteria."""
