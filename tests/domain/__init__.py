"""Pure rules: text, CCCD, units, old encodings, score sheets."""
