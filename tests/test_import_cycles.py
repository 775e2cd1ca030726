"""Pins that no module of wirediff imports itself through others, imports made only for type
checking included: a cycle means two modules know each other's insides, and the layers contract
in pyproject.toml cannot see one inside a single layer (the view and its input handling were
one, the row layout and its painter another)."""

from __future__ import annotations

import graphlib

import grimp


def test_no_import_cycles():
    graph = grimp.build_graph("wirediff.core", "wirediff.gui", include_external_packages=False)
    imports = {module: graph.find_modules_directly_imported_by(module) for module in graph.modules}
    assert len(imports) > 90  # every module was found, not an empty graph
    try:
        graphlib.TopologicalSorter(imports).prepare()
    except graphlib.CycleError as error:
        cycle = " -> ".join(error.args[1])
        raise AssertionError(f"import cycle: {cycle}") from None
