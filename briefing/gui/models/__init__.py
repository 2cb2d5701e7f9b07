"""Qt table models over the store: the visit list and the per-visit record tables."""
