"""The Versions dock: the version list, the version matrix and the panel holding them."""
