"""timeline: turn a folder of news articles into a sourced, interactive timeline.

Library only (no user interface): documents -> temporal -> mentions -> merge -> store -> figure.
"""
