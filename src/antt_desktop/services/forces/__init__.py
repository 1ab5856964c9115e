"""Lực lượng: teams, members, their history, their queries and yearly ratings."""
