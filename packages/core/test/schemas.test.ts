// `schemas`: the client's own zod/mini schemas as users get them (the README's examples, run).

import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import { schemas } from '../src/index';

const CODE = 'AbCdEfGhIjKlMnOpQrStUv';

/** Every schema in the export, however deep, with its path. */
function everySchema(value: unknown, path = 'schemas'): [string, unknown][] {
  if (typeof value === 'object' && value !== null && '~standard' in value) return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => everySchema(v, `${path}.${k}`));
}

describe('schemas: Standard Schemas', () => {
  test.each(everySchema(schemas))('%s implements Standard Schema v1 (vendor zod)', (_path, schema) => {
    const standard = (schema as { '~standard': { version: number; vendor: string; validate: unknown } })[
      '~standard'
    ];
    expect(standard.version).toBe(1);
    expect(standard.vendor).toBe('zod');
    expect(typeof standard.validate).toBe('function');
  });
});

describe("the README's examples", () => {
  test('a form field: any link form → the bare code; anything else → the client’s own message', () => {
    const standard = schemas.inviteCode['~standard'];
    expect(standard.validate(` https://chat.whatsapp.com/${CODE}?mode=r_c `)).toEqual({ value: CODE });
    const bad = standard.validate('not a link') as { issues: { message: string }[] };
    expect(bad.issues.map((issue) => issue.message)).toEqual([
      'expected a WhatsApp group invite code or link',
    ]);
  });

  test('composed into an app’s own zod schema (a webhook body)', () => {
    const JoinRequest = z.object({ session: schemas.sessionId, invite: schemas.inviteCode });
    expect(z.parse(JoinRequest, { session: 'default', invite: `chat.whatsapp.com/invite/${CODE}/` })).toEqual(
      {
        session: 'default',
        invite: CODE,
      },
    );
    const bad = z.safeParse(JoinRequest, { session: '..', invite: 42 });
    expect(bad.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['session', "sessionId must be an id: not '', '.' or '..', without / \\ ? # ; % or control characters"],
      ['invite', 'expected a WhatsApp group invite code or link'],
    ]);
  });
});

describe('answer dialects → one result each', () => {
  test('join info in the Go engine’s PascalCase, with ParticipantCount', () => {
    expect(
      z.parse(schemas.joinInfoAnswer.pascalCase, {
        JID: '1@g.us',
        Name: 'Team',
        ParticipantCount: 3,
        IsLocked: 'no',
      }),
    ).toEqual({ id: '1@g.us', name: 'Team', participantsCount: 3 });
  });

  test('join info from Baileys: unix seconds → ISO 8601, the participant list counted', () => {
    expect(
      z.parse(schemas.joinInfoAnswer.baileys, {
        id: '1@g.us',
        creation: 1_700_000_000,
        participants: [{}, {}],
      }),
    ).toEqual({ id: '1@g.us', createdAt: '2023-11-14T22:13:20.000Z', participantsCount: 2 });
  });

  test('an invite code answer field holding a link', () => {
    expect(
      z.parse(schemas.inviteCodeAnswer.inviteLink, { inviteLink: `https://chat.whatsapp.com/${CODE}` }),
    ).toBe(CODE);
  });

  test.each([
    [
      'engineException',
      { statusCode: 500, exception: { message: ' item-not-found ', stack: 'at …' } },
      'item-not-found',
    ],
    [
      'nest',
      { statusCode: 400, message: ['code must be a string', 7, 'code is empty'] },
      'code must be a string; code is empty',
    ],
    ['errorField', { error: { code: 5, message: 'nope' } }, 'nope'],
    [
      'errorField',
      { success: false, error: 'Session status is not as expected' },
      'Session status is not as expected',
    ],
  ] as const)('error body %s → its message', (name, body, message) => {
    expect(z.parse(schemas.errorBody[name], body)).toBe(message);
  });
});

describe('options', () => {
  test('client options: the first problem, in the client’s words', () => {
    const result = z.safeParse(schemas.clientOptions, { apiKey: 'k', timeout: -1 });
    expect(result.error?.issues[0]?.message).toBe('timeout must be a finite number >= 0');
  });

  test('a base URL is normalised (no trailing slash), a key trimmed', () => {
    expect(
      z.parse(schemas.clientOptions, { apiKey: ' key\n', baseUrl: 'http://localhost:3000/api/' }),
    ).toEqual({
      apiKey: 'key',
      baseUrl: 'http://localhost:3000/api',
    });
  });
});
