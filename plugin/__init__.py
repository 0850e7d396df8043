"""Anshim's desktop GUI: the plugin class, dock panel and map tools."""
