import { describe, expect, it } from 'vitest';
import { candidatesOf } from '../../src/present/index.js';
import type { InboxEntryJson, InboxJson } from '../../src/server/routes/inbox.js';
import { ADMIN_TOKEN, admin, ask, useAdminServers } from '../support/kotae-server.js';

const servers = useAdminServers();

async function inbox(query = ''): Promise<InboxJson> {
  const response = await admin(servers.withToken.url, `api/admin/inbox${query}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe('no-store');
  return (await response.json()) as InboxJson;
}

async function post(pathname: string, body: unknown) {
  const response = await fetch(new URL(pathname, servers.withToken.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const entryOf = (json: InboxJson, question: string): InboxEntryJson | undefined => json.entries.find((e) => e.question === question);

describe('GET /api/admin/inbox', () => {
  it('groups a question asked twice in different words, with its count, surfaces and nearest candidate as a citation line', async () => {
    await ask(servers.withToken.url, { question: 'ラッコの飼育記録はありますか' }, { 'x-kotae-client': 'web' });
    await ask(servers.withToken.url, { question: 'ラッコの 飼育記録は ありますか？' });
    const entry = entryOf(await inbox(), 'ラッコの 飼育記録は ありますか？');
    expect(entry).toMatchObject({
      count: 2,
      state: 'open',
      sources: { unanswered: 2, unhelpful: 0, escalation: 0 },
      channels: ['api', 'web'],
      escalations: [],
    });
    // Asked of the service itself: through the API it would be a third time.
    const nearest = servers.withToken.deps.kotae.ask('ラッコの飼育記録はありますか').results[0]!;
    expect(entry!.nearest).toMatchObject({ confidence: nearest.confidence, citation: expect.stringContaining(nearest.citation) });
    // Shown to people: where the candidate is, never kotae's internal item id.
    expect(JSON.stringify(entry)).not.toContain(nearest.id);
  });

  it("shows a question as answered, with the curated answer's citation, once an admin registers an answer", async () => {
    const question = 'ラッコの飼育記録はありますか';
    const saved = await post('api/admin/answers', {
      question,
      answer: 'ラッコの飼育記録は毎日つけています。',
      status: '○',
      author: '山田',
    });
    expect(saved.status).toBe(201);
    const entry = entryOf(await inbox(), 'ラッコの 飼育記録は ありますか？');
    expect(entry).toMatchObject({ count: 2, state: 'answered', nearest: { citation: saved.body.citation } });
    expect(entryOf(await inbox('?state=open'), 'ラッコの 飼育記録は ありますか？')).toBeUndefined();
    expect(entryOf(await inbox('?state=answered'), 'ラッコの 飼育記録は ありますか？')).toMatchObject({ state: 'answered' });
  });

  it('lists an open escalation with its id, and not once the expert answered it through the escalation route', async () => {
    const { deps } = servers.withToken;
    const question = 'カワウソの飼育記録はありますか';
    const escalation = await deps.escalations.record({
      question,
      asker: { name: '佐藤' },
      surface: 'teams',
      where: {},
      candidates: candidatesOf(deps.kotae.ask(question)),
    });
    expect(entryOf(await inbox('?state=open'), question)).toMatchObject({
      count: 1,
      sources: { escalation: 1 },
      channels: ['teams'],
      escalations: [escalation.id],
    });
    const answered = await post(`api/admin/escalations/${escalation.id}/answer`, {
      answer: 'カワウソの飼育記録は毎日つけています。',
      author: '山田',
    });
    expect(answered.status).toBe(200);
    const entry = entryOf(await inbox(), question);
    // The escalation was the only signal: answered, it leaves the inbox.
    expect(entry).toBeUndefined();
    expect((await ask(servers.withToken.url, { question })).body.results![0]!.citation).toBe(
      (answered.body.saved as { citation: string }).citation,
    );
  });

  it('returns at most limit entries and says so; refuses a bad state or limit with 400', async () => {
    await ask(servers.withToken.url, { question: 'xyzzy plugh' });
    const one = await inbox('?limit=1');
    expect(one.entries).toHaveLength(1);
    expect(one.truncated).toBe(true);
    expect(one.entries[0]!.question).toBe('xyzzy plugh');
    expect(one.entries[0]!.nearest).toBeNull();
    for (const [query, error] of [
      ['?state=maybe', 'state: must be open, answered or all'],
      ['?limit=0', 'limit: must be from 1 to 200'],
      ['?limit=lots', 'limit: must be a number'],
    ]) {
      const response = await admin(servers.withToken.url, `api/admin/inbox${query}`);
      expect({ status: response.status, body: await response.json() }).toEqual({ status: 400, body: { error } });
    }
  });

  it('needs the admin token, and does not exist without one configured', async () => {
    expect((await admin(servers.withToken.url, 'api/admin/inbox', { token: null })).status).toBe(401);
    expect((await admin(servers.withoutToken.url, 'api/admin/inbox')).status).toBe(404);
  });
});
