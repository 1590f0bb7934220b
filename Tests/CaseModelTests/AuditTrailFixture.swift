import Foundation

/// Audit files written by the code before issue 12 (commit 8facc66, the built `zorg`): `init`, an import of a file
/// named `lijst "é" ü\ 😀<TAB>x.csv`, a retention setting, a role, an md export, a check, a verify, an import of a
/// file whose name holds a control character, DEL, `<&>`, U+2028 and a ligature, a duplicate scan and a verify
/// (`trail`); then `zorg audit seal --before` the next day and one more verify (`sealed…`). Kept as base64
/// because the lines hold characters a Swift source file may not. Stores in the field have trails like these:
/// they must keep verifying.
enum AuditTrailFixture {
    static let trail = decode([
        "eyJhY3Rpb24iOiJpbml0IiwiZGV0YWlsIjp7Im1vZGUiOiJwZXJzb25hbCJ9LCJkb3NzaWVycyI6W10sImhhc2giOiJhY2My",
        "NWU5ZWE3ZWEyN2E0MmYxMWJiYTY2ZWJkZDRmNzg0OTE3MjI5NzBkMzliYjFhZDI0YTE1MzJjNWU5ZTIzIiwicHJldkhhc2gi",
        "OiIwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwIiwic2Vx",
        "IjoxLCJ0aW1lIjoiMjAyNi0xMi0wN1QwOTo0OToyNloiLCJ1c2VyIjoicm9vdCJ9CnsiYWN0aW9uIjoiaW1wb3J0IiwiZGV0",
        "YWlsIjp7ImNoYW5nZWQiOiIwIiwiY3JlYXRlZCI6IjIiLCJmaWxlIjoibGlqc3QgXCLDqVwiIMO8XFwg8J+YgFx0eC5jc3Yi",
        "LCJuZXciOiIyIiwicmVqZWN0ZWRfcm93cyI6IjAiLCJzaGEyNTYiOiIyMjNiZWExODA4NjZiOTM2MTk5NTEwNjI4NzE0OGE1",
        "NTMxZDY1YTY0OTUxODdhY2M1YTMzZjg4MTA4ZWYzZTZhIn0sImRvc3NpZXJzIjpbIjIwMjQtMDAxMjMiLCIyMDI0LTAwMTI0",
        "Il0sImhhc2giOiJmZmEzYmY3Mjc4NjIyMWQxYWZmMWI2NmVkYzlkYTUwMzJjMTJhYjE3ZmU1ZmY5YTdlNTE1MzEwNzNlOWJj",
        "ZTMwIiwicHJldkhhc2giOiJhY2MyNWU5ZWE3ZWEyN2E0MmYxMWJiYTY2ZWJkZDRmNzg0OTE3MjI5NzBkMzliYjFhZDI0YTE1",
        "MzJjNWU5ZTIzIiwic2VxIjoyLCJ0aW1lIjoiMjAyNi0xMi0wN1QwOTo0OToyNloiLCJ1c2VyIjoicm9vdCJ9CnsiYWN0aW9u",
        "Ijoic2V0dGluZyIsImRldGFpbCI6eyJhdWRpdFJldGVudGlvbk1vbnRocyI6IjI0In0sImRvc3NpZXJzIjpbXSwiaGFzaCI6",
        "IjZhN2RlYzc3YmQ1NTJiM2M4NTkyMjcyZDBjZDE3ZTI5NmEzMjRlM2NlNjRjM2U5MTM3OTY0MzM5ZjMzNTdiYzYiLCJwcmV2",
        "SGFzaCI6ImZmYTNiZjcyNzg2MjIxZDFhZmYxYjY2ZWRjOWRhNTAzMmMxMmFiMTdmZTVmZjlhN2U1MTUzMTA3M2U5YmNlMzAi",
        "LCJzZXEiOjMsInRpbWUiOiIyMDI2LTEyLTA3VDA5OjQ5OjI2WiIsInVzZXIiOiJyb290In0KeyJhY3Rpb24iOiJyb2xlIiwi",
        "ZGV0YWlsIjp7InJvbGUiOiJjYXNld29ya2VyIiwidXNlciI6ImJvYiJ9LCJkb3NzaWVycyI6W10sImhhc2giOiIwOWQ0NjNm",
        "ZDA3NWQ2MmY1YjQyZTkzNmI0YjgxNmZkNGEzNmQ0OTljNDBkZTE0YjQzZWY5YTgwYTZkMzJlODk5IiwicHJldkhhc2giOiI2",
        "YTdkZWM3N2JkNTUyYjNjODU5MjI3MmQwY2QxN2UyOTZhMzI0ZTNjZTY0YzNlOTEzNzk2NDMzOWYzMzU3YmM2Iiwic2VxIjo0",
        "LCJ0aW1lIjoiMjAyNi0xMi0wN1QwOTo0OToyNloiLCJ1c2VyIjoicm9vdCJ9CnsiYWN0aW9uIjoiZXhwb3J0IiwiZGV0YWls",
        "Ijp7ImZvcm1hdCI6Im1kIn0sImRvc3NpZXJzIjpbIjIwMjQtMDAxMjMiXSwiaGFzaCI6ImEzYzZjOTExMGYzNDZhZmYzYjRh",
        "ZGFkNzM2YTJiYjE5YmE4M2I5MDk1MDY4NDhmMjhlZjkxNGY0ODllYjlhNmUiLCJwcmV2SGFzaCI6IjA5ZDQ2M2ZkMDc1ZDYy",
        "ZjViNDJlOTM2YjRiODE2ZmQ0YTM2ZDQ5OWM0MGRlMTRiNDNlZjlhODBhNmQzMmU4OTkiLCJzZXEiOjUsInRpbWUiOiIyMDI2",
        "LTEyLTA3VDA5OjQ5OjI2WiIsInVzZXIiOiJyb290In0KeyJhY3Rpb24iOiJjaGVjayIsImRldGFpbCI6eyJhc19vZiI6IjIw",
        "MjYtMTItMDciLCJkb3NzaWVycyI6IjIiLCJydWxlcyI6ImFsbCJ9LCJkb3NzaWVycyI6WyIyMDI0LTAwMTIzIiwiMjAyNC0w",
        "MDEyNCJdLCJoYXNoIjoiNzRhN2EzZGUzYjg0NjdhMDdiYzlmMGYzNjhjZTk3ZGRkNTZhNmFkMTZhMDIyMjYxZjU1YWRhYjM4",
        "Mzc4ZTYyNiIsInByZXZIYXNoIjoiYTNjNmM5MTEwZjM0NmFmZjNiNGFkYWQ3MzZhMmJiMTliYTgzYjkwOTUwNjg0OGYyOGVm",
        "OTE0ZjQ4OWViOWE2ZSIsInNlcSI6NiwidGltZSI6IjIwMjYtMTItMDdUMDk6NDk6MjZaIiwidXNlciI6InJvb3QifQp7ImFj",
        "dGlvbiI6InZlcmlmeSIsImRldGFpbCI6eyJlbnRyaWVzIjoiNiJ9LCJkb3NzaWVycyI6W10sImhhc2giOiJjOGQ2MWRiMmMx",
        "NjQ5MWEwYzIxOGE4Y2YyYzljMzFiYzI1OTdjZmZhNGYxODNjMDRmYTMxZTA5Y2EzNmQ1NDk3IiwicHJldkhhc2giOiI3NGE3",
        "YTNkZTNiODQ2N2EwN2JjOWYwZjM2OGNlOTdkZGQ1NmE2YWQxNmEwMjIyNjFmNTVhZGFiMzgzNzhlNjI2Iiwic2VxIjo3LCJ0",
        "aW1lIjoiMjAyNi0xMi0wN1QwOTo0OToyNloiLCJ1c2VyIjoicm9vdCJ9CnsiYWN0aW9uIjoiaW1wb3J0IiwiZGV0YWlsIjp7",
        "ImNoYW5nZWQiOiIxIiwiY3JlYXRlZCI6IjAiLCJmaWVsZHMiOiJtZW1iZXJzIiwiZmlsZSI6Im9kZCA8Jj4gXHUwMDAxfyDi",
        "gKgg76yBJy5jc3YiLCJuZXciOiIwIiwicmVqZWN0ZWRfcm93cyI6IjAiLCJzaGEyNTYiOiJhYzk5ZGQwOTQwNzFkNzQ0MjMz",
        "ZGM5ZWYxYzYyYjcwYTU4MzJlZmZjN2NkNTVjZDdiMDcwNzMxZjdmYWY4Y2I5In0sImRvc3NpZXJzIjpbIjIwMjQtMDAxMjQi",
        "XSwiaGFzaCI6IjAwNmM4MmVhOGZkYTdiNWNkOTY5ZjAxMTNiNWRiYmE1MGZiODVkY2Q1NWI5MjQ5ZGRhZjE3NDgzYThmYWY0",
        "MTYiLCJwcmV2SGFzaCI6ImM4ZDYxZGIyYzE2NDkxYTBjMjE4YThjZjJjOWMzMWJjMjU5N2NmZmE0ZjE4M2MwNGZhMzFlMDlj",
        "YTM2ZDU0OTciLCJzZXEiOjgsInRpbWUiOiIyMDI2LTEyLTA3VDA5OjQ5OjI2WiIsInVzZXIiOiJyb290In0KeyJhY3Rpb24i",
        "OiJzY2FuIiwiZGV0YWlsIjp7ImR1cGxpY2F0ZXMiOiIwIn0sImRvc3NpZXJzIjpbXSwiaGFzaCI6IjNmZWRmYWU0NGQyZGI2",
        "ZTg1ZTk1ZGY0ZDU1MTM4M2JiNDdiZmY1YzhjMWUyMjQwODQxMGRlNjY4ZDdiYzIzMzMiLCJwcmV2SGFzaCI6IjAwNmM4MmVh",
        "OGZkYTdiNWNkOTY5ZjAxMTNiNWRiYmE1MGZiODVkY2Q1NWI5MjQ5ZGRhZjE3NDgzYThmYWY0MTYiLCJzZXEiOjksInRpbWUi",
        "OiIyMDI2LTEyLTA3VDA5OjQ5OjI2WiIsInVzZXIiOiJyb290In0KeyJhY3Rpb24iOiJ2ZXJpZnkiLCJkZXRhaWwiOnsiZW50",
        "cmllcyI6IjkifSwiZG9zc2llcnMiOltdLCJoYXNoIjoiMjE1ZjcyNzU2YTJlNDY3NTQ5NjhmZmMxODRmMjMxZTIzYzNiYWZi",
        "ZDA5MTIxMjM3MzI4ZDk3ZmVhZjM3Y2UyOCIsInByZXZIYXNoIjoiM2ZlZGZhZTQ0ZDJkYjZlODVlOTVkZjRkNTUxMzgzYmI0",
        "N2JmZjVjOGMxZTIyNDA4NDEwZGU2NjhkN2JjMjMzMyIsInNlcSI6MTAsInRpbWUiOiIyMDI2LTEyLTA3VDA5OjQ5OjI2WiIs",
        "InVzZXIiOiJyb290In0K",
    ])
    static let head = decode([
        "eyJoYXNoIjoiMjE1ZjcyNzU2YTJlNDY3NTQ5NjhmZmMxODRmMjMxZTIzYzNiYWZiZDA5MTIxMjM3MzI4ZDk3ZmVhZjM3Y2Uy",
        "OCIsInNlcSI6MTB9",
    ])
    static let sealedTrail = decode([
        "eyJhY3Rpb24iOiJzZWFsIiwiZGV0YWlsIjp7ImFyY2hpdmVkIjoibmVlIiwiYmVmb3JlIjoiMjAyNi0xMi0wOFQwMDowMDow",
        "MFoiLCJlbnRyaWVzIjoiMTAiLCJoYXNoIjoiMjE1ZjcyNzU2YTJlNDY3NTQ5NjhmZmMxODRmMjMxZTIzYzNiYWZiZDA5MTIx",
        "MjM3MzI4ZDk3ZmVhZjM3Y2UyOCIsInVwVG9TZXEiOiIxMCJ9LCJkb3NzaWVycyI6W10sImhhc2giOiJlYmY3NTBkYjRlMDQz",
        "MmI3NTA1OWQ4MDUxZGI0ZWIzYmRkYjYyODY2MjU3OTVhZGI4YWYwZDAyMDFkNmU1Y2ZiIiwicHJldkhhc2giOiIyMTVmNzI3",
        "NTZhMmU0Njc1NDk2OGZmYzE4NGYyMzFlMjNjM2JhZmJkMDkxMjEyMzczMjhkOTdmZWFmMzdjZTI4Iiwic2VxIjoxMSwidGlt",
        "ZSI6IjIwMjYtMTItMDdUMDk6NDk6MjdaIiwidXNlciI6InJvb3QifQp7ImFjdGlvbiI6InZlcmlmeSIsImRldGFpbCI6eyJl",
        "bnRyaWVzIjoiMSJ9LCJkb3NzaWVycyI6W10sImhhc2giOiIxMGZlYzJmOTI2YjE0MGVmMjlmM2I1OGM1NGE5YTBlMGUwNTE1",
        "ZWNkN2U5Y2Q5ZjQ1Nzk2ZDJkOGEwNDU2Y2FjIiwicHJldkhhc2giOiJlYmY3NTBkYjRlMDQzMmI3NTA1OWQ4MDUxZGI0ZWIz",
        "YmRkYjYyODY2MjU3OTVhZGI4YWYwZDAyMDFkNmU1Y2ZiIiwic2VxIjoxMiwidGltZSI6IjIwMjYtMTItMDdUMDk6NDk6Mjda",
        "IiwidXNlciI6InJvb3QifQo=",
    ])
    static let sealedHead = decode([
        "eyJoYXNoIjoiMTBmZWMyZjkyNmIxNDBlZjI5ZjNiNThjNTRhOWEwZTBlMDUxNWVjZDdlOWNkOWY0NTc5NmQyZDhhMDQ1NmNh",
        "YyIsInNlcSI6MTJ9",
    ])
    static let sealedCheckpoint = decode([
        "eyJiZWZvcmUiOiIyMDI2LTEyLTA4VDAwOjAwOjAwWiIsImhhc2giOiIyMTVmNzI3NTZhMmU0Njc1NDk2OGZmYzE4NGYyMzFl",
        "MjNjM2JhZmJkMDkxMjEyMzczMjhkOTdmZWFmMzdjZTI4Iiwic2VhbGVkQXQiOiIyMDI2LTEyLTA3VDA5OjQ5OjI3WiIsInNl",
        "YWxlZEJ5Ijoicm9vdCIsInNlYWxlZEVudHJpZXMiOjEwLCJzZXEiOjEwfQ==",
    ])

    private static func decode(_ parts: [String]) -> Data { Data(base64Encoded: parts.joined())! }
}
