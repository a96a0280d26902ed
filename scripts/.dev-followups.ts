import { startService } from '../test/support/startService';
import { expectRepliesClient, textOf } from '../test/support/botFrameworkClient';
const convs: [string, string[]][] = [
  ['de-DE', ['Ich will meinen japanischen Führerschein in Düsseldorf umschreiben', 'brauche ich dafür einen termin?']],
  ['ja-JP', ['デュッセルドルフでキタを探したい', '何歳から入れる？']],
  ['ja-JP', ['NRWでGmbHの資本金はいくら？', '全額最初に払わないとだめ？']],
  ['de-DE', ['Welches Visum brauche ich als Geschäftsführer in Tokio?', 'und muss ich dafür japanisch können?']],
  ['en-US', ['what do I need to do when I hire my first employee in Tokyo', 'can my staff bring their family?']],
  ['fr-FR', ['quel dépôt de garantie pour un meublé à Paris ?', 'et pour un logement vide ?']],
  ['fr-FR', ['comment obtenir un permis de séjour à Genève ?', 'je dois aller où pour le permis ?']],
  ['en-US', ['is health insurance (LAMal) compulsory in Geneva?', 'and what if i don\'t sign up in time?']],
  ['en-US', ['minimum capital for a GmbH in Düsseldorf?', 'does it all have to be paid in at once?']],
  ['de-DE', ['Wir wollen in Köln eine GmbH gründen', 'und wie lange dauert das?']],
  ['en-US', ['Where can I find a Kita in Cologne?', 'and in Tokyo?']],
  ['fr-FR', ['quel dépôt de garantie pour un meublé à Paris ?', 'et à Genève ?']],
  ['de-DE', ['Notar für GmbH in Düsseldorf', 'und wenn ich kein Deutsch kann?']],
  ['en-US', ['my child has a fever at night in Düsseldorf', 'and in Tokyo?']],
];
const only = process.argv[2] ? Number(process.argv[2]) : undefined;
const service = await startService();
for (const [i, [locale, turns]] of convs.entries()) {
  if (only !== undefined && i !== only) continue;
  const client = expectRepliesClient(service.url, { locale });
  console.log(`\n### ${i} [${locale}]`);
  for (const turn of turns) {
    const replies = await client.send(turn);
    console.log(`  > ${turn}\n    ${textOf(replies).replace(/\s+/g, ' ').slice(0, 330)}`);
  }
}
await service.stop();
