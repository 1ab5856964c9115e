"""Địa bàn: residential areas and the key areas among them."""
