"""Print count tables (markdown) for the two probe2 files."""
import json, collections
for f in ["probe2-tokyo-nrw.json", "probe2-tsu.json"]:
    cs = json.load(open(f, encoding="utf-8"))["cases"]
    print("### %s — %d cases\n" % (f, len(cs)))
    for name, key in [("language", lambda c: c["lang"]),
                      ("expected kind", lambda c: c["turns"][-1]["expect"].get("kind", "(any: several fair)")),
                      ("region", lambda c: str(c["region"])),
                      ("topic", lambda c: c["topic"]),
                      ("turns", lambda c: "%d turn(s)" % len(c["turns"]))]:
        cnt = collections.Counter(key(c) for c in cs)
        print("| %s | n | %% |\n|---|---|---|" % name)
        for k, v in sorted(cnt.items(), key=lambda kv: -kv[1]):
            print("| %s | %d | %.0f |" % (k, v, 100.0 * v / len(cs)))
        print()
