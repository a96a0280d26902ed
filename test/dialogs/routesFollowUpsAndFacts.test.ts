/**
 * Faults found in a diagnosis set (blind21, 2026-12-02), each through the real endpoint:
 * - "how do i get from centrair to tsu?" was taken for choosing Tsu ("OK: Tsu"), its words being stop words and places;
 * - "et celui avec Genève ?" after the Tsu–Paris agreement went to Geneva's investment agency, though the answer
 *   covers the Geneva agreement too ("celui" was a search word, and Geneva was read as another region's counterpart);
 * - "caution" (the everyday French word for a rental deposit) found the pharmacy on duty;
 * - facts the entries did not name the way people ask: 国民年金 (who must join), showrooms among the memorandum's
 *   offers, the Tsu division behind the 2012 agreements, National Health Insurance for the self-employed.
 */
import { describe, expect, it } from 'vitest';
import { serviceForTests } from '../support/startService';
import { expectRepliesClient, textOf } from '../support/botFrameworkClient';

describe('routes, follow-ups about the other side, and facts named as people ask', () => {
  const service = serviceForTests();

  it('"how do i get from centrair to tsu?" gets the airport boat, and "how long does it take?" its 45 minutes', async () => {
    const client = expectRepliesClient(service().url);
    const first = textOf(await client.send('how do i get from centrair to tsu?'));
    expect(first).toMatch(/Tsu Airport Line/);
    expect(first).not.toMatch(/^OK: /);
    expect(textOf(await client.send('how long does it take?'))).toMatch(/45 minutes/);
  });

  it('"in nrw, duisburg" after a question still only chooses the place', async () => {
    const client = expectRepliesClient(service().url, { locale: 'de-DE' });
    await client.send('was kostet die anmeldung einer gmbh?');
    expect(textOf(await client.send('in nrw, duisburg'))).not.toMatch(/Ladenöffnung/);
  });

  it('"et celui avec Genève ?" after the date of the Tsu–Paris agreement gives the Geneva agreement\'s date', async () => {
    const client = expectRepliesClient(service().url, { locale: 'fr-FR' });
    await client.send("Quand l'accord Tsu–Paris a-t-il été signé ?");
    const reply = textOf(await client.send('et celui avec Genève ?'));
    expect(reply).toMatch(/21 novembre 2012/);
    expect(reply).not.toMatch(/GGBa/);
  });

  it('"caution pour un appartement à Paris ?" gets the rental deposit, not the pharmacy on duty', async () => {
    const reply = textOf(await expectRepliesClient(service().url, { locale: 'fr-FR' }).send('caution pour un appartement à Paris ?'));
    expect(reply).toMatch(/dépôt de garantie/);
    expect(reply).not.toMatch(/pharmacie/i);
  });

  it('"国民年金って外国人も入らなきゃダメ？" says who must join: 20 to 59, whatever the nationality', async () => {
    const reply = textOf(await expectRepliesClient(service().url, { locale: 'ja-JP' }).send('国民年金って外国人も入らなきゃダメ？渋谷区在住28歳'));
    expect(reply).toMatch(/20歳以上60歳未満/);
    expect(reply).toMatch(/国籍に関係なく/);
  });

  it('a showroom question names the memorandum\'s display space for products', async () => {
    const reply = textOf(await expectRepliesClient(service().url).send("we're a japanese sme and want a showroom in düsseldorf – does the agreement cover that?"));
    expect(reply).toMatch(/showroom/i);
  });

  it('the Tsu division behind the 2012 agreements is named', async () => {
    expect(textOf(await expectRepliesClient(service().url).send('which tsu city department handles the europe partnerships?'))).toMatch(/Industrial Policy Promotion Division/);
  });

  it('health insurance for the self-employed in Tokyo is National Health Insurance', async () => {
    expect(textOf(await expectRepliesClient(service().url).send("health insurance in tokyo when i'm self employed?"))).toMatch(/National Health Insurance/);
  });
});
