// The expected group shapes per dialect, written out from docs/contract.md ("Groups") independently of the
// mock's renderers, for the two groups of `groupsInit`.
import type { Dialect } from '../src/handler';
import { ALICE, G1, G2, ME, NEST, OWNER } from './apiHarness';

interface Member {
  jid: string;
  role: 'superadmin' | 'admin' | 'participant';
}

interface GroupFacts {
  id: string;
  name: string;
  description: string;
  owner: string;
  createdAt: number;
  members: Member[];
}

export const G1_FACTS: GroupFacts = {
  id: G1,
  name: 'Test group',
  description: 'About it',
  owner: ME,
  createdAt: 1700000000,
  members: [
    { jid: ME, role: 'superadmin' },
    { jid: ALICE, role: 'participant' },
  ],
};

export const G2_FACTS: GroupFacts = {
  id: G2,
  name: 'Member only',
  description: '',
  owner: OWNER,
  createdAt: 1700000100,
  members: [
    { jid: OWNER, role: 'superadmin' },
    { jid: ME, role: 'participant' },
  ],
};

const iso = (s: number) => new Date(s * 1000).toISOString();
const swn = (jid: string) => jid.replace('@c.us', '@s.whatsapp.net');
const digits = (jid: string) => jid.slice(0, jid.indexOf('@'));
export const wid = (jid: string) => ({
  server: jid.slice(jid.indexOf('@') + 1),
  user: digits(jid),
  _serialized: jid,
});

export function wasendParticipant(m: Member) {
  return {
    jid: m.jid,
    phoneNumber: `+${digits(m.jid)}`,
    isAdmin: m.role !== 'participant',
    isSuperAdmin: m.role === 'superadmin',
  };
}

export function wasendGroup(g: GroupFacts, withParticipants = true) {
  return {
    jid: g.id,
    name: g.name,
    topic: g.description,
    ownerJid: g.owner,
    groupCreated: iso(g.createdAt),
    isAnnounce: false,
    isLocked: false,
    participantsCount: g.members.length,
    ...(withParticipants ? { participants: g.members.map(wasendParticipant) } : {}),
  };
}

export function baileysParticipant(m: Member, whatsAppNet: boolean) {
  return { id: whatsAppNet ? swn(m.jid) : m.jid, admin: m.role === 'participant' ? null : m.role };
}

/** waha: stored ids, `desc` always, `size`; noweb: `@s.whatsapp.net`, `desc` only when set, no size. */
export function baileysGroup(g: GroupFacts, whatsAppNet: boolean, withParticipants = true) {
  return {
    id: g.id,
    subject: g.name,
    ...(g.description !== '' || !whatsAppNet ? { desc: g.description } : {}),
    owner: whatsAppNet ? swn(g.owner) : g.owner,
    creation: g.createdAt,
    announce: false,
    restrict: false,
    ...(whatsAppNet ? {} : { size: g.members.length }),
    ...(withParticipants ? { participants: g.members.map((m) => baileysParticipant(m, whatsAppNet)) } : {}),
  };
}

export function gowsParticipant(m: Member) {
  return {
    JID: swn(m.jid),
    PhoneNumber: swn(m.jid),
    IsAdmin: m.role !== 'participant',
    IsSuperAdmin: m.role === 'superadmin',
  };
}

export function gowsGroup(g: GroupFacts, withParticipants = true) {
  return {
    JID: g.id,
    Name: g.name,
    Topic: g.description,
    OwnerJID: swn(g.owner),
    GroupCreated: iso(g.createdAt).replace('.000Z', 'Z'),
    IsAnnounce: false,
    IsLocked: false,
    ...(withParticipants ? { Participants: g.members.map(gowsParticipant) } : {}),
  };
}

export function webjsParticipant(m: Member) {
  return { id: wid(m.jid), isAdmin: m.role !== 'participant', isSuperAdmin: m.role === 'superadmin' };
}

export function webjsChat(g: GroupFacts, withParticipants = true) {
  return {
    id: wid(g.id),
    name: g.name,
    ...(g.description === '' ? {} : { description: g.description }),
    isGroup: true,
    groupMetadata: {
      id: wid(g.id),
      owner: wid(g.owner),
      subject: g.name,
      ...(g.description === '' ? {} : { desc: g.description }),
      creation: g.createdAt,
      announce: false,
      restrict: false,
      ...(withParticipants ? { participants: g.members.map(webjsParticipant) } : {}),
    },
  };
}

/** [status, content type, parsed body] of each read, per dialect. */
export interface Reads {
  one: [number, string, unknown];
  list: [number, string, unknown];
  listNoParticipants: [number, string, unknown];
  count: [number, string, unknown];
  participants: [number, string, unknown];
  adminOnly: [number, string, unknown];
  pictureNone: [number, string, unknown];
}

export function expectedReads(dialect: Dialect): Reads {
  const both = [G1_FACTS, G2_FACTS];
  switch (dialect) {
    case 'docs':
      return {
        one: [200, 'application/json', { success: true, group: wasendGroup(G1_FACTS) }],
        list: [
          200,
          'application/json',
          {
            success: true,
            groups: both.map((g) => wasendGroup(g)),
            pagination: { total: 2, limit: null, offset: 0, hasMore: false },
          },
        ],
        listNoParticipants: [
          200,
          'application/json',
          {
            success: true,
            groups: both.map((g) => wasendGroup(g, false)),
            pagination: { total: 2, limit: null, offset: 0, hasMore: false },
          },
        ],
        count: [
          200,
          'application/json',
          { success: true, total: 2, byStatus: { active: 2, archived: 0, deleted: 0 } },
        ],
        participants: [
          200,
          'application/json',
          { success: true, participants: G1_FACTS.members.map(wasendParticipant), error: null },
        ],
        adminOnly: [200, 'application/json', { success: true, enabled: false }],
        pictureNone: [200, 'application/json', { success: true, picture: { url: null } }],
      };
    case 'json-string':
      return {
        one: [200, 'application/json', wasendGroup(G1_FACTS)],
        list: [200, 'application/json', both.map((g) => wasendGroup(g))],
        listNoParticipants: [200, 'application/json', both.map((g) => wasendGroup(g, false))],
        count: [
          200,
          'application/json',
          { total: 2, byStatus: { active: '2', archived: '0', deleted: '0' } },
        ],
        participants: [200, 'application/json', G1_FACTS.members.map(wasendParticipant)],
        adminOnly: [200, 'application/json', { enabled: false }],
        pictureNone: [200, 'application/json', { url: null }],
      };
    case 'waha':
    case 'noweb': {
      const net = dialect === 'noweb';
      const keyed = (withParticipants: boolean) =>
        Object.fromEntries(both.map((g) => [g.id, baileysGroup(g, net, withParticipants)]));
      return {
        one: [200, NEST, baileysGroup(G1_FACTS, net)],
        list: [200, NEST, keyed(true)],
        listNoParticipants: [200, NEST, keyed(false)],
        count: [200, NEST, { count: 2 }],
        participants: [200, NEST, G1_FACTS.members.map((m) => baileysParticipant(m, net))],
        adminOnly: [200, NEST, { adminsOnly: false }],
        pictureNone: [200, NEST, { url: null }],
      };
    }
    case 'gows':
      return {
        one: [200, NEST, gowsGroup(G1_FACTS)],
        list: [200, NEST, both.map((g) => gowsGroup(g))],
        listNoParticipants: [200, NEST, both.map((g) => gowsGroup(g, false))],
        count: [200, NEST, { count: 2 }],
        participants: [200, NEST, G1_FACTS.members.map(gowsParticipant)],
        adminOnly: [200, NEST, { adminsOnly: false }],
        pictureNone: [200, NEST, { url: null }],
      };
    case 'webjs':
      return {
        one: [200, NEST, webjsChat(G1_FACTS)],
        list: [200, NEST, both.map((g) => webjsChat(g))],
        listNoParticipants: [200, NEST, both.map((g) => webjsChat(g, false))],
        count: [200, NEST, { count: 2 }],
        participants: [200, NEST, G1_FACTS.members.map(webjsParticipant)],
        adminOnly: [200, NEST, { adminsOnly: false }],
        pictureNone: [200, NEST, { url: null }],
      };
  }
}
