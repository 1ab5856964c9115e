"""Đánh giá: recognition, score sheets and self-scoring, review by the level above, the dossier, the yearly
timeline and commendations."""
