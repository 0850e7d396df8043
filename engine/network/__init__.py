"""The street network: geometry arrays and WKB, noding and ≤ 10 m segments, their structure, spatial index and routes.

May import the engine's root modules (i18n, progress, dependencies) and ``storage``; nothing above it.
"""
