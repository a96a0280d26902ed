import { startService } from '/work/main/test/support/startService';
import { expectRepliesClient, textOf } from '/work/main/test/support/botFrameworkClient';
import fs from 'node:fs';
const ids = process.argv.slice(2);
const sets = ['/work/main/test/eval/blind/blind-tokyo-nrw.json','/work/main/test/eval/blind/blind-tsu.json'].map(f=>JSON.parse(fs.readFileSync(f,'utf8')));
const service = await startService({});
for (const set of sets) for (const c of set.cases) {
  if (!ids.includes(c.id)) continue;
  const client = expectRepliesClient(service.url, { locale: 'en-US' });
  for (const turn of c.turns) {
    const acts = await client.send(turn.text);
    console.log(`--- ${c.id} > ${turn.text}\n${textOf(acts).slice(0,500)}\n   [locale ${acts.map(a=>a.locale).join(',')}]`);
  }
}
await service.stop();
