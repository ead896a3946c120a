"""What the printed documents say, read from the database as plain dataclasses (no Qt, no
ReportLab): one module per document's data. The layouts in facilitator_app.reports print them;
the tests check these facts without reading a PDF."""
