"""The organisation library: methods and workshop templates that a training organisation's
trainers share, on a server of their own (PostgreSQL), beside each laptop's SQLite store.

`schema` (its tables, apart from the workshops' schema, with migrations of its own),
`connection` (reaching the server: settings, password, schema check), `server` (reading and
writing shared items, the version counter), `cache` (the last copy seen, on the laptop). The
local side of publishing and taking a copy home is in `services/organisation.py`.
"""
