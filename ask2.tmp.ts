import { startService } from './test/support/startService';
import { expectRepliesClient, textOf } from './test/support/botFrameworkClient';
const service = await startService({});
for (const t of process.argv.slice(2)) { const a = await expectRepliesClient(service.url, { locale: 'en-US' }).send(t); console.log(`--- ${t}\n${textOf(a).slice(0,400)}\n [${a.map(x=>x.locale)}]`); }
await service.stop();
