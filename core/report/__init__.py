"""Documents built from engine results: the JSON contract, CSV and readable text.

Imports the rest of `wirediff.core`; never Qt.
"""
