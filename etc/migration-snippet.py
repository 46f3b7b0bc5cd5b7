#!/usr/bin/env python3
"""Print the MigrationBuilder code for some tables from the model dump that SchemaEquivalenceTests
writes when the schema differs (no EF design tools restore here; see docs/adr/0003).

  etc/migration-snippet.py TABLE [TABLE ...] [--index IX_NAME ...] [--file PATH]

Default file: $TMPDIR/codesign-expected-migration-Sqlite.cs.txt. Copy the output into a new
migration's Up(); add AddColumn calls for new columns of existing tables by hand.
"""
import os, re, sys, tempfile

args = sys.argv[1:]
path = os.path.join(tempfile.gettempdir(), "codesign-expected-migration-Sqlite.cs.txt")
tables, indexes, mode = [], [], "table"
i = 0
while i < len(args):
    if args[i] == "--file":
        path = args[i + 1]; i += 2; continue
    if args[i] == "--index":
        mode = "index"; i += 1; continue
    (indexes if mode == "index" else tables).append(args[i]); i += 1
if not tables and not indexes:
    print(__doc__); sys.exit(2)
body = open(path, encoding="utf-8").read()
for block in re.split(r"\n(?=migrationBuilder\.)", body):
    block = block.strip()
    m = re.match(r'migrationBuilder\.CreateTable\(\s*name: "([^"]+)"', block)
    if m and m.group(1) in tables:
        print(block + "\n")
    m = re.match(r'migrationBuilder\.CreateIndex\(name: "([^"]+)", table: "([^"]+)"', block)
    if m and (m.group(2) in tables or m.group(1) in indexes):
        print(block)
