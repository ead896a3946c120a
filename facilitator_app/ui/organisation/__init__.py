"""The organisation library on the library screen: its panel and dialogs."""
