"""Kế hoạch: plans, targets with their indicators, inspections and remedies."""
