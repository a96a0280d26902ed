import { startService } from '../test/support/startService';
import { expectRepliesClient, textOf } from '../test/support/botFrameworkClient';
const [locale, ...turns] = process.argv.slice(2);
const service = await startService();
const client = expectRepliesClient(service.url, { locale });
for (const turn of turns) {
  const replies = await client.send(turn);
  console.log(`  > ${turn}\n    ${textOf(replies).replace(/\s+/g, ' ').slice(0, 400)}`);
}
await service.stop();
