#!/usr/bin/env python3
"""Merge new texts into src/CoDesign.Application/Localization/texts.json, keeping it sorted.

  etc/add-texts.py NEW.json      NEW.json: {"Key": {"fi": "...", "sv": "...", "en": "..."}, ...}

Refuses a key without all three languages; an existing key is replaced (and reported)."""
import json, sys, pathlib
path = pathlib.Path(__file__).resolve().parent.parent / "src/CoDesign.Application/Localization/texts.json"
texts = json.loads(path.read_text(encoding="utf-8"))
new = json.loads(pathlib.Path(sys.argv[1]).read_text(encoding="utf-8"))
for key, value in new.items():
    if set(value) != {"fi", "sv", "en"} or not all(value[l].strip() for l in value):
        sys.exit(f"{key}: needs non-empty fi, sv and en")
    if key in texts and texts[key] != value:
        print(f"replaced {key}")
    texts[key] = {l: value[l] for l in ("fi", "sv", "en")}
path.write_text(json.dumps(dict(sorted(texts.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"{len(new)} texts merged, {len(texts)} in all")
