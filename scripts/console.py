"""Columns for what the demo prints: Hangul takes two terminal columns, so tables line up in Korean too."""
import unicodedata


def columns(text):
    """Terminal columns of ``text``: wide characters (Hangul) take two."""
    return sum(2 if unicodedata.east_asian_width(character) in "WF" else 1 for character in text)


def padded(text, width, right=False):
    """``text`` padded to ``width`` terminal columns (on the left when ``right``)."""
    padding = " " * max(width - columns(text), 0)
    return padding + text if right else text + padding
