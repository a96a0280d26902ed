# Shared helpers for the blind4 generators (gen_tn.py, gen_ts.py).
import json

OTHER = {"zh", "ko", "tr", "es", "vi", "it", "pt"}

class Builder:
    def __init__(self, prefix, native):
        self.prefix = prefix
        self.native = native          # languages the bot supports for this partnership
        self.cases = []

    def _lang(self, lang):
        return [lang] if lang in self.native else ["en", lang]

    def _expect(self, lang, kind, groups, none, language):
        e = {}
        if kind:
            e["kind"] = kind
        e["language"] = language or self._lang(lang)
        if groups:
            e["all"] = groups
        if none:
            e["none"] = none
        return e

    def add(self, lang, region, topic, text, groups=None, none=None, kind="answer", language=None):
        """single-turn case"""
        cid = "%s%03d" % (self.prefix, len(self.cases) + 1)
        self.cases.append({"id": cid, "lang": lang, "region": region, "topic": topic,
                           "turns": [{"text": text, "expect": self._expect(lang, kind, groups, none, language)}]})

    def multi(self, lang, region, texts, groups=None, none=None, kind="answer", language=None, topic="follow-up"):
        """multi-turn case: only the last turn is graded"""
        cid = "%s%03d" % (self.prefix, len(self.cases) + 1)
        turns = [{"text": t} for t in texts[:-1]]
        turns.append({"text": texts[-1], "expect": self._expect(lang, kind, groups, none, language)})
        self.cases.append({"id": cid, "lang": lang, "region": region, "topic": topic, "turns": turns})

    def write(self, path, setname):
        ids = [c["id"] for c in self.cases]
        assert len(ids) == len(set(ids))
        with open(path, "w", encoding="utf-8") as f:
            json.dump({"set": setname, "writtenBy": "blind helper 4", "cases": self.cases},
                      f, ensure_ascii=False, indent=1)
        return len(self.cases)
