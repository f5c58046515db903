"""seedtables: conflict news articles in, tidy versioned tables out."""


def load(table: str, version: str = "latest", root=None, format: str = "parquet"):
    """Load one published table as a Polars DataFrame, checked against its release's hash.
    See seedtables.loading.load."""
    from seedtables.loading import load as _load

    return _load(table, version=version, root=root, format=format)
