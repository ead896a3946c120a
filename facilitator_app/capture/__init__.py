"""What the room produces, declared once (no database, no Qt): the kinds of output and where
each is stored, shown, printed and carried (`kinds`), the parameters a phase gives its capture
(`params`), the payloads of tool records (`payloads`), the words of coded values (`words`),
the length limits of what is typed (`limits`), the half-day rule (`halfday`) and the CSV of
`facilitator-app outputs` (`table`). The services that record them are
`facilitator_app.services.capture`."""
