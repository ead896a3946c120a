"""The facilitation tools library: data files validated into frozen `Tool`s (loader), found by
the registry, searched and filtered (search). Importing this package loads nothing."""
