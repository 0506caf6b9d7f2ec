// Every group endpoint in every dialect: exact status, content type and body, and the state after.
import { describe, expect, test } from 'vitest';
import type { Dialect } from '../src/handler';
import {
  ALICE,
  ALL_DIALECTS,
  type Answer,
  BOB,
  G1,
  groupPath,
  groupsInit,
  KEY,
  ME,
  NEST,
  useHandler,
} from './apiHarness';
import { baileysGroup, expectedReads, G1_FACTS, gowsGroup, wasendGroup, wid } from './groupShapes';

const scenario = useHandler();
const triple = (a: Answer) => [a.status, a.contentType, a.text === '' ? '' : a.json()];
const WASEND = (d: Dialect) => d === 'docs' || d === 'json-string';

/** The body the SDK sends for participants: Wasend strings by default, `[{id}]` for the engines. */
const participantsBody = (dialect: Dialect, ids: string[]) => ({
  participants: WASEND(dialect) ? ids : ids.map((id) => ({ id })),
});

describe.each(ALL_DIALECTS)('reads in %s', (dialect) => {
  const reads = expectedReads(dialect);

  test('get, list (with and without participants), count, participants, settings, picture', async () => {
    const sc = await scenario(groupsInit(dialect));
    expect(triple(await sc.call('GET', groupPath(G1)))).toEqual(reads.one);
    expect(triple(await sc.call('GET', '/s1/groups'))).toEqual(reads.list);
    expect(triple(await sc.call('GET', '/s1/groups?exclude=participants'))).toEqual(reads.listNoParticipants);
    // axios' array spelling is read too.
    expect(triple(await sc.call('GET', '/s1/groups?exclude[]=participants'))).toEqual(
      reads.listNoParticipants,
    );
    expect(triple(await sc.call('GET', '/s1/groups/count'))).toEqual(reads.count);
    expect(triple(await sc.call('GET', groupPath(G1, '/participants')))).toEqual(reads.participants);
    for (const kind of ['info', 'messages']) {
      const path = groupPath(G1, `/settings/security/${kind}-admin-only`);
      expect(triple(await sc.call('GET', path))).toEqual(reads.adminOnly);
    }
    expect(triple(await sc.call('GET', groupPath(G1, '/picture')))).toEqual(reads.pictureNone);
    expect(triple(await sc.call('GET', groupPath(G1, '/picture?refresh=true')))).toEqual(reads.pictureNone);
  });

  test('list: sortBy, sortOrder, limit, offset', async () => {
    const sc = await scenario(groupsInit(dialect));
    const ids = async (query: string): Promise<string[]> => {
      const body = (await sc.call('GET', `/s1/groups?${query}`)).json() as Record<string, unknown>;
      const items = (dialect === 'docs' ? body.groups : body) as Record<string, unknown>[];
      if (!Array.isArray(items)) return Object.keys(items); // NOWEB: keyed by id, in order
      return items.map((g) => (g.jid ?? g.JID ?? (g.id as { _serialized: string })._serialized) as string);
    };
    const G2 = '120363000000000002@g.us';
    expect(await ids('sortBy=id')).toEqual([G2, G1]);
    expect(await ids('sortBy=id&sortOrder=desc')).toEqual([G1, G2]);
    expect(await ids('sortBy=subject')).toEqual([G2, G1]); // "Member only" < "Test group"
    expect(await ids('sortBy=id&limit=1')).toEqual([G2]);
    expect(await ids('sortBy=id&limit=1&offset=1')).toEqual([G1]);
    expect(await ids('offset=2')).toEqual([]);
    if (dialect === 'docs') {
      const page = (await sc.call('GET', '/s1/groups?limit=1')).json() as { pagination: unknown };
      expect(page.pagination).toEqual({ total: 2, limit: 1, offset: 0, hasMore: true });
    }
  });
});

describe.each(ALL_DIALECTS)('writes in %s', (dialect) => {
  test('subject, description, admin-only settings and picture: answer, then the state and reads', async () => {
    const sc = await scenario(groupsInit(dialect));
    const subject = await sc.call('PUT', groupPath(G1, '/subject'), { body: { subject: 'Renamed' } });
    const description = await sc.call('PUT', groupPath(G1, '/description'), {
      body: { description: 'New text' },
    });
    const info = await sc.call('PUT', groupPath(G1, '/settings/security/info-admin-only'), {
      body: { enabled: true, adminsOnly: true },
    });
    const messages = await sc.call('PUT', groupPath(G1, '/settings/security/messages-admin-only'), {
      body: { enabled: true, adminsOnly: true },
    });
    const url = 'https://cdn.example/pic.png';
    const picture = await sc.call('PUT', groupPath(G1, '/picture'), {
      body: { url, format: 'png', cropToSquare: true, file: { url, mimetype: 'image/png' } },
    });

    const voidOk = WASEND(dialect) ? undefined : dialect === 'webjs' ? [200, NEST, true] : [200, null, ''];
    if (dialect === 'docs') {
      expect(triple(subject)).toEqual([
        200,
        'application/json',
        { success: true, subject: 'Renamed', message: 'Group subject updated' },
      ]);
      expect(triple(description)).toEqual([
        200,
        'application/json',
        { success: true, description: 'New text', message: 'Group description updated' },
      ]);
      expect(triple(info)).toEqual([
        200,
        'application/json',
        { success: true, enabled: true, message: 'Info admin only setting updated' },
      ]);
      expect(triple(messages)).toEqual([
        200,
        'application/json',
        { success: true, enabled: true, message: 'Messages admin only setting updated' },
      ]);
      expect(triple(picture)).toEqual([
        200,
        'application/json',
        { success: true, url, message: 'Group picture updated' },
      ]);
    } else if (dialect === 'json-string') {
      for (const a of [subject, description, info, messages, picture]) {
        expect(triple(a)).toEqual([200, 'application/json', { result: true }]);
      }
    } else {
      for (const a of [subject, description, info, messages]) expect(triple(a)).toEqual(voidOk);
      expect(triple(picture)).toEqual([200, NEST, { success: true }]);
    }

    // The changes persist: state and the reads show them.
    const g = (await sc.state()).groups.find((x) => x.id === G1);
    expect(g).toMatchObject({
      name: 'Renamed',
      description: 'New text',
      isLocked: true,
      isAnnounce: true,
      picture: { url, format: 'png', size: null },
      infoAdminOnlyChange: { at: expect.any(String), by: ME },
      messagesAdminOnlyChange: { at: expect.any(String), by: ME },
    });
    const setting = (await sc.call('GET', groupPath(G1, '/settings/security/info-admin-only'))).json();
    if (WASEND(dialect)) {
      expect(setting).toMatchObject({ enabled: true, changedAt: expect.any(String), changedBy: ME });
    } else {
      expect(setting).toEqual({ adminsOnly: true });
    }
    const pic = (await sc.call('GET', groupPath(G1, '/picture'))).json();
    if (dialect === 'docs') expect(pic).toEqual({ success: true, picture: { url, type: 'png' } });
    else if (dialect === 'json-string') expect(pic).toEqual({ url, format: 'png' });
    else expect(pic).toEqual({ url });
    const one = JSON.stringify((await sc.call('GET', groupPath(G1))).json());
    expect(one).toContain('Renamed');
    expect(one).toContain('New text');

    const deleted = await sc.call('DELETE', groupPath(G1, '/picture'));
    if (dialect === 'docs') expect(triple(deleted)).toEqual([200, 'application/json', { success: true }]);
    else if (dialect === 'json-string')
      expect(triple(deleted)).toEqual([200, 'application/json', { result: true }]);
    else expect(triple(deleted)).toEqual([200, NEST, { success: true }]);
    expect((await sc.state()).groups.find((x) => x.id === G1)?.picture).toBeNull();
  });

  test('picture from base64 data: a URL of its own, the format from the mimetype, the size', async () => {
    const sc = await scenario(groupsInit(dialect));
    const data = 'iVBORw0KGgo='; // 8 bytes
    const res = await sc.call('PUT', groupPath(G1, '/picture'), {
      body: { data, mimetype: 'image/png', file: { data, mimetype: 'image/png' } },
    });
    expect(res.status).toBe(200);
    const picture = (await sc.state()).groups.find((x) => x.id === G1)?.picture;
    expect(picture).toMatchObject({ format: 'png', size: 8 });
    expect(picture?.url).toMatch(/^https:\/\/pps\.whatsapp\.net\/v\/mock\/120363025988123456-\d+\.png$/);
  });

  test('create: the creator is the superadmin; the group is listed and counted', async () => {
    const sc = await scenario(groupsInit(dialect));
    const res = await sc.call('POST', '/s1/groups', {
      body: {
        name: 'Fresh',
        participants: [{ id: ALICE }, { id: BOB, isAdmin: true }],
        description: 'Made by a test',
        pictureUrl: 'https://cdn.example/fresh.jpg',
        tags: ['t'],
      },
    });
    expect(res.status).toBe(201);
    const created = (await sc.state()).groups.at(-1);
    expect(created).toMatchObject({ session: 's1', name: 'Fresh', owner: ME, members: [ME, ALICE, BOB] });
    const id = created?.id as string;
    expect(id).toMatch(/^120363\d{12}@g\.us$/);
    // Wasend honours isAdmin, description and pictureUrl; WAHA reads only name and participants[].id.
    if (WASEND(dialect)) {
      expect(created).toMatchObject({ admins: [ME, BOB], description: 'Made by a test' });
      expect(created?.picture?.url).toBe('https://cdn.example/fresh.jpg');
    } else {
      expect(created).toMatchObject({ admins: [ME], description: '', picture: null });
    }
    const facts = {
      id,
      name: 'Fresh',
      description: created?.description ?? '',
      owner: ME,
      createdAt: created?.createdAt as number,
      members: [
        { jid: ME, role: 'superadmin' as const },
        { jid: ALICE, role: 'participant' as const },
        { jid: BOB, role: WASEND(dialect) ? ('admin' as const) : ('participant' as const) },
      ],
    };
    const body = res.json();
    switch (dialect) {
      case 'docs':
        expect([res.contentType, body]).toEqual([
          'application/json',
          { success: true, group: wasendGroup(facts) },
        ]);
        break;
      case 'json-string':
        expect([res.contentType, body]).toEqual(['application/json', wasendGroup(facts)]);
        break;
      case 'waha':
      case 'noweb':
        expect([res.contentType, body]).toEqual([NEST, baileysGroup(facts, dialect === 'noweb')]);
        break;
      case 'gows':
        expect([res.contentType, body]).toEqual([NEST, gowsGroup(facts)]);
        break;
      case 'webjs': {
        const added = {
          statusCode: 200,
          message: 'The participant was added successfully',
          isGroupCreator: false,
          isInviteV4Sent: false,
        };
        expect([res.contentType, body]).toEqual([
          NEST,
          { title: 'Fresh', gid: wid(id), participants: { [ALICE]: added, [BOB]: added } },
        ]);
        break;
      }
    }
    expect(JSON.stringify((await sc.call('GET', '/s1/groups')).json())).toContain(id);
    expect(JSON.stringify((await sc.call('GET', '/s1/groups/count')).json())).toMatch(/"(total|count)":3/);
    // The new group answers like any other, and its creator may administer it.
    expect((await sc.call('GET', groupPath(id))).status).toBe(200);
    expect((await sc.call('PUT', groupPath(id, '/subject'), { body: { subject: 'Mine' } })).status).toBe(200);
  });

  test('leave: me is no longer a member; the group leaves the list; a second leave is "not found"', async () => {
    const sc = await scenario(groupsInit(dialect));
    const res = await sc.call('POST', groupPath(G1, '/leave'));
    if (dialect === 'docs') {
      expect(triple(res)).toEqual([
        200,
        'application/json',
        { success: true, message: 'You left the group' },
      ]);
    } else if (dialect === 'json-string') {
      expect(triple(res)).toEqual([200, 'application/json', { result: true }]);
    } else {
      expect(triple(res)).toEqual([200, null, '']);
    }
    const g = (await sc.state()).groups.find((x) => x.id === G1);
    expect(g?.members).toEqual([ALICE]);
    expect(g?.admins).toEqual([]);
    expect(JSON.stringify((await sc.call('GET', '/s1/groups')).json())).not.toContain(G1);
    expect(JSON.stringify((await sc.call('GET', '/s1/groups/count')).json())).toMatch(/"(total|count)":1/);
    const again = await sc.call('POST', groupPath(G1, '/leave'));
    expect(again.status).toBe(WASEND(dialect) || dialect === 'waha' || dialect === 'gows' ? 404 : 500);
    expect((await sc.call('GET', groupPath(G1))).status).toBe(again.status);
  });

  test('participants: add, remove, promote, demote with per-participant outcomes', async () => {
    const sc = await scenario(groupsInit(dialect));
    const post = (suffix: string, ids: string[]) =>
      sc.call('POST', groupPath(G1, suffix), { body: participantsBody(dialect, ids) });

    // ALICE is a member already (409); BOB is new (200).
    const add = await post('/participants/add', [ALICE, BOB]);
    // BOB becomes an admin; ALICE too.
    const promote = await post('/admin/promote', [BOB, ALICE]);
    // ALICE back to participant; ME is the owner and cannot be demoted (403).
    const demote = await post('/admin/demote', [ALICE, ME]);
    // BOB leaves; CAROL was never a member (404).
    const CAROL = '491700000008@c.us';
    const remove = await post('/participants/remove', [BOB, CAROL]);

    for (const a of [add, promote, demote, remove]) expect(a.status).toBe(200);
    const g = (await sc.state()).groups.find((x) => x.id === G1);
    expect(g?.members).toEqual([ME, ALICE]);
    expect(g?.admins).toEqual([ME]);

    const swn = (jid: string) => jid.replace('@c.us', '@s.whatsapp.net');
    switch (dialect) {
      case 'docs':
        expect(add.json()).toEqual({
          success: true,
          data: { added: [{ id: BOB }], failed: [{ id: ALICE, reason: 'already a participant' }] },
        });
        expect(promote.json()).toEqual({
          success: true,
          promoted: [
            { id: BOB, isAdmin: true, isSuperAdmin: false },
            { id: ALICE, isAdmin: true, isSuperAdmin: false },
          ],
          failed: [],
          message: 'Participants promoted to admin',
        });
        expect(demote.json()).toEqual({
          success: true,
          data: {
            demoted: [{ id: ALICE }],
            failed: [{ id: ME, reason: 'the group owner cannot be removed or demoted' }],
          },
        });
        expect(remove.json()).toEqual({
          success: true,
          removed: [{ id: BOB }],
          failed: [{ id: CAROL, reason: 'not a participant' }],
          message: 'Participants removed',
        });
        break;
      case 'json-string':
        expect(add.json()).toEqual({
          added: [{ id: BOB }],
          failed: [{ id: ALICE, reason: 'already a participant' }],
        });
        expect(remove.json()).toEqual({
          removed: [{ id: BOB }],
          failed: [{ id: CAROL, reason: 'not a participant' }],
        });
        break;
      case 'waha':
      case 'noweb': {
        const id = (jid: string) => (dialect === 'noweb' ? swn(jid) : jid);
        const entry = (jid: string, status: number) => ({
          status: String(status),
          jid: id(jid),
          content: {
            tag: 'participant',
            attrs: status === 200 ? { jid: id(jid) } : { jid: id(jid), error: String(status) },
          },
        });
        expect([add.contentType, add.json()]).toEqual([NEST, [entry(ALICE, 409), entry(BOB, 200)]]);
        expect(demote.json()).toEqual([entry(ALICE, 200), entry(ME, 403)]);
        expect(remove.json()).toEqual([entry(BOB, 200), entry(CAROL, 404)]);
        break;
      }
      case 'gows': {
        const entry = (jid: string, isAdmin: boolean, isSuper: boolean, error: number) => ({
          JID: swn(jid),
          PhoneNumber: swn(jid),
          IsAdmin: isAdmin,
          IsSuperAdmin: isSuper,
          Error: error,
        });
        expect(add.json()).toEqual([entry(ALICE, false, false, 409), entry(BOB, false, false, 0)]);
        expect(promote.json()).toEqual([entry(BOB, true, false, 0), entry(ALICE, true, false, 0)]);
        expect(demote.json()).toEqual([entry(ALICE, false, false, 0), entry(ME, true, true, 403)]);
        expect(remove.json()).toEqual([entry(BOB, false, false, 0), entry(CAROL, false, false, 404)]);
        break;
      }
      case 'webjs':
        expect(add.json()).toEqual({
          [ALICE]: { code: 409, message: 'The participant is already a group member', isInviteV4Sent: false },
          [BOB]: { code: 200, message: 'The participant was added successfully', isInviteV4Sent: false },
        });
        expect(demote.json()).toEqual({
          [ALICE]: { code: 200, message: 'The participant was updated successfully', isInviteV4Sent: false },
          [ME]: { code: 403, message: 'The group owner cannot be removed or demoted', isInviteV4Sent: false },
        });
        // removeParticipants answers one status for the whole call: the first refusal.
        expect(remove.json()).toEqual({ status: 404 });
        break;
    }
  });
});

test('changes are per scenario and persist across requests', async () => {
  const a = await scenario(groupsInit('noweb'));
  const b = await scenario(groupsInit('noweb'));
  await a.call('PUT', groupPath(G1, '/subject'), { body: { subject: 'Only in a' } });
  expect(((await a.call('GET', groupPath(G1))).json() as { subject: string }).subject).toBe('Only in a');
  expect(((await a.call('GET', groupPath(G1))).json() as { subject: string }).subject).toBe('Only in a');
  expect(((await b.call('GET', groupPath(G1))).json() as { subject: string }).subject).toBe(G1_FACTS.name);
});

test('the owner reads and rotates the invite code even when the scenario lists no admins', async () => {
  const sc = await scenario({
    dialect: 'docs',
    keys: [KEY],
    sessions: [{ id: 's1', me: ME }],
    groups: [{ id: G1, session: 's1', owner: ME, admins: [], members: [ME, ALICE] }],
  });
  expect((await sc.call('GET', groupPath(G1, '/invite-code'))).status).toBe(200);
  expect((await sc.call('POST', groupPath(G1, '/invite-code/revoke'))).status).toBe(200);
  const notOwner = await scenario({
    dialect: 'docs',
    keys: [KEY],
    sessions: [{ id: 's1', me: ME }],
    groups: [{ id: G1, session: 's1', owner: ALICE, admins: [], members: [ME, ALICE] }],
  });
  expect((await notOwner.call('GET', groupPath(G1, '/invite-code'))).status).toBe(403);
});
