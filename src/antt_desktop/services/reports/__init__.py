"""Báo cáo: report documents, the figures behind them and on Tổng quan."""
