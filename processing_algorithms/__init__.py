"""Anshim's Processing provider and one module per algorithm: read layers into arrays, call the engine, write sinks."""
