"""Printed documents (ReportLab, no Qt). Import the module of the document you need; nothing
here is imported on start-up."""
