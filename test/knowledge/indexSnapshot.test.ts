/**
 * The build-time knowledge snapshot (`npm run build`): a service started from it understands and answers exactly as
 * one that reads and indexes the entries at start, and an edited knowledge file makes it stale (ignored).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeAnswerer } from '../../src/answers/knowledgeAnswerer';
import { INDEX_SNAPSHOT_FILE, loadIndexSnapshot, writeIndexSnapshot } from '../../src/knowledge/indexSnapshot';
import { openKnowledge } from '../../src/knowledge/knowledgeService';
import { loadPartnerships, requiredLanguagesByRegion } from '../../src/partnerships/partnerships';
import { repoRoot } from './helpers';

const t = ((key: string) => key) as never;
let dir: string;
let knowledgeDir: string;
let snapshotFile: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-snapshot-'));
  knowledgeDir = path.join(dir, 'knowledge');
  fs.cpSync(path.join(repoRoot, 'knowledge'), knowledgeDir, { recursive: true });
  snapshotFile = (await writeIndexSnapshot({ knowledgeDir, outDir: path.join(dir, 'dist') })).file;
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function answerer(fromSnapshot: boolean) {
  const catalog = loadPartnerships(path.join(knowledgeDir, 'partnerships.json'));
  const knowledge = openKnowledge({
    knowledgeDir, knownRegions: catalog.regions.map((region) => region.id), requiredLanguages: requiredLanguagesByRegion(catalog),
    ...(fromSnapshot ? { snapshotFile } : {}),
  });
  return { knowledge, answerer: new KnowledgeAnswerer({ knowledge, regions: catalog.regions, logger: pino({ level: 'silent' }) }) };
}

describe('knowledge snapshot', () => {
  it('a service started from the snapshot understands and answers as one that indexes the entries at start', async () => {
    const snapshot = answerer(true);
    const built = answerer(false);
    expect(snapshot.knowledge.prepared?.understanding).toBeDefined();
    expect(built.knowledge.prepared).toBeUndefined();
    const messages: [string, string][] = [
      ['Hallo!', 'de'], ["what's the weather in Düsseldorf tomorrow?", 'en'], ['mindestkapital kk?', 'de'],
      ['Wie gründe ich eine GmbH?', 'de'], ['法務局はどこですか', 'ja'], ['How do I register my address in Shibuya?', 'en'],
      ['Wo finde ich einen Kita-Platz in Köln?', 'de'], ['Comment ouvrir un compte bancaire à Paris ?', 'fr'],
    ];
    for (const [text, language] of messages) {
      expect(snapshot.answerer.understand(text, { language }), text).toEqual(built.answerer.understand(text, { language }));
      expect(snapshot.answerer.impliedRegion(text, language), text).toEqual(built.answerer.impliedRegion(text, language));
      const request = { text, language: language as never, messageLanguage: language, regionId: undefined, t };
      expect(await snapshot.answerer.answerQuestion(request), text).toEqual(await built.answerer.answerQuestion(request));
    }
  }, 120_000);

  it('the search index restored from the snapshot ranks every entry question and weighs every term as the built one', () => {
    const snapshot = answerer(true).knowledge.index;
    const { knowledge: opened } = answerer(false);
    const built = opened.index;
    const knowledge = opened.knowledge;
    expect(snapshot.languages.sort()).toEqual(built.languages.sort());
    for (const entry of knowledge.entries) {
      for (const language of entry.languages) {
        const question = entry.content[language]?.questions[0];
        if (!question) continue;
        // Same hits in the same order; scores equal but for the order of floating-point sums (the restored term tree is in another order).
        const restoredHits = snapshot.search(question, { language, limit: 5 });
        const builtHits = built.search(question, { language, limit: 5 });
        expect(restoredHits.map((hit) => hit.entryId), question).toEqual(builtHits.map((hit) => hit.entryId));
        restoredHits.forEach((hit, i) => expect(hit.score, question).toBeCloseTo(builtHits[i]!.score, 6));
        for (const term of snapshot.analyze(question, language)) expect(snapshot.termRarity(term, language), term).toBe(built.termRarity(term, language));
      }
    }
  }, 120_000);

  it('a knowledge file saved again without a change (newer modification time) leaves the snapshot fresh', () => {
    const catalog = loadPartnerships(path.join(knowledgeDir, 'partnerships.json'));
    const inputs = { knowledgeDir, knownRegions: catalog.regions.map((region) => region.id) };
    const file = path.join(knowledgeDir, 'aliases.json');
    fs.writeFileSync(file, fs.readFileSync(file));
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(loadIndexSnapshot(snapshotFile, inputs)).toBeDefined();
  });

  it('an edited knowledge file makes the snapshot stale: it is ignored and the entries are read again', () => {
    const catalog = loadPartnerships(path.join(knowledgeDir, 'partnerships.json'));
    const inputs = { knowledgeDir, knownRegions: catalog.regions.map((region) => region.id) };
    expect(loadIndexSnapshot(snapshotFile, inputs)).toBeDefined();
    fs.appendFileSync(path.join(knowledgeDir, 'intents.json'), '\n');
    expect(loadIndexSnapshot(snapshotFile, inputs)).toBeUndefined();
    expect(loadIndexSnapshot(path.join(dir, 'missing', INDEX_SNAPSHOT_FILE), inputs)).toBeUndefined();
  });
});
