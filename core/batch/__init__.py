"""Batch work over collections: every version of every story compared with the one before.

`stories` finds the stories of an input (a folder of story folders, or a CSV/JSON Lines
manifest), `job` compares one story's versions (a pure function a process pool or a Dask worker
runs), `results` appends each story's records to a JSON Lines log atomically and knows which
stories a killed run already finished, `executors` runs the job serially, on a local process
pool or on a Dask cluster, and `parquet` copies the log into a Parquet table.

Imports the rest of `wirediff.core` and the standard library; Dask and pyarrow only inside the
functions that need them (they are the optional `scale` extra); never Qt.
"""
