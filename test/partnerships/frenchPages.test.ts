/** French where the product speaks on the web: the chat page and the staff console follow Accept-Language fr. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../support/startService';

describe('French pages', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startService({ STAFF_TOKEN: 'a-staff-token-that-is-long-enough-1234' });
  });
  afterAll(async () => {
    await service.stop();
  });

  it('the web chat page is served in French to a French browser', async () => {
    const response = await fetch(`${service.url}/`, { headers: { 'accept-language': 'fr-CH,fr;q=0.9,en;q=0.5' } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toMatch(/votre assistant pour les affaires et la vie à l&#39;étranger|votre assistant pour les affaires et la vie à l'étranger/);
  });

  it('the staff console is served in French, French listed among its languages', async () => {
    const response = await fetch(`${service.url}/staff`, { headers: { 'accept-language': 'fr' } });
    const html = await response.text();
    expect(html).toMatch(/<html lang="fr">/);
    expect(html).toMatch(/console du bureau de contact/);
    expect(html).toMatch(/data-languages="[^"]*\bfr\b/);
  });
});
