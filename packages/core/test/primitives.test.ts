// The input primitives of the Groups and Sessions areas (docs/contract.md, "Inputs"): what each
// accepts, what it sends, and the message it gives for what it refuses.
import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import {
  base64,
  listOf,
  participantId,
  participantList,
  phone,
  phoneDigits,
  strictGroupId,
  strictSessionId,
} from '../src/schemas/primitives';

const ok = <S extends z.ZodMiniType>(schema: S, value: unknown) => {
  const result = z.safeParse(schema, value);
  if (!result.success)
    throw new Error(`refused ${JSON.stringify(value)}: ${result.error.issues[0]?.message}`);
  return result.data;
};
const refusal = (schema: z.ZodMiniType, value: unknown) => {
  const result = z.safeParse(schema, value);
  return result.success ? undefined : result.error.issues[0]?.message;
};

describe('phones and participants', () => {
  test.each([
    ['+49 170 1234567', '491701234567'],
    ['(0049) 170-123.4567', '00491701234567'],
    ['1234567', '1234567'],
    ['+123456789012345', '123456789012345'],
  ])('%s has the digits %s', (value, digits) => {
    expect(phoneDigits(value)).toBe(digits);
  });

  test.each(['123456', '+1234567890123456', 'call me', '49170x1234567', '', 491701234567])(
    '%s is no phone',
    (value) => {
      expect(phoneDigits(value)).toBeUndefined();
    },
  );

  test('a phone goes out as <digits>@c.us, a user JID as it is', () => {
    expect(ok(participantId, '+49 170 1234567')).toBe('491701234567@c.us');
    expect(ok(participantId, '491701234567@s.whatsapp.net')).toBe('491701234567@s.whatsapp.net');
    expect(ok(participantId, '123456789@lid')).toBe('123456789@lid');
  });

  test.each(['120363025988123456@g.us', '1@newsletter', 'status@broadcast', '12@c.us/x', 'abc', ''])(
    '%s is refused as a participant, with a message that says what is expected',
    (value) => {
      expect(refusal(participantId, value)).toMatch(/phone number .* or a user JID/);
    },
  );

  test('a participant list is normalised, then duplicates go; an empty list or a bad member is refused', () => {
    expect(ok(participantList, ['+49 170 1234567', '491701234567@c.us', '4915112345678'])).toEqual([
      '491701234567@c.us',
      '4915112345678@c.us',
    ]);
    expect(refusal(participantList, [])).toMatch(/non-empty list/);
    expect(refusal(participantList, 'x')).toMatch(/non-empty list/);
    // The first bad member's own message, not the list's.
    expect(refusal(participantList, ['+49 170 1234567', 'group@g.us'])).toMatch(/user JID/);
  });

  test('a phone number goes out as +<digits>', () => {
    expect(ok(phone, '0170 123 4567')).toBe('+01701234567');
    expect(refusal(phone, '12')).toMatch(/7–15 digits/);
  });
});

describe('ids', () => {
  test('a bare group id gets its @g.us; new and legacy ids pass as they are', () => {
    expect(ok(strictGroupId, '120363025988123456')).toBe('120363025988123456@g.us');
    expect(ok(strictGroupId, '491701234567-1550606659')).toBe('491701234567-1550606659@g.us');
    expect(ok(strictGroupId, '120363025988123456@g.us')).toBe('120363025988123456@g.us');
  });

  test.each(['491701234567@c.us', '1@newsletter', 'abc@g.us', '12@g.us ', '', 12])(
    '%s is no group id',
    (value) => {
      expect(refusal(strictGroupId, value)).toMatch(/groupId must be a group id/);
    },
  );

  test.each([' default', 'default\n', '', '..', 'a/b', 'a\u0000b'])('session id %j is refused', (value) => {
    expect(refusal(strictSessionId, value)).toMatch(/sessionId must be an id/);
  });
});

describe('lists and base64', () => {
  test('listOf outputs each item as its schema does, and says which rule the first bad item broke', () => {
    const upper = z.pipe(
      z.custom<string>((v) => typeof v === 'string', { error: 'each must be text' }),
      z.transform((v) => v.toUpperCase()),
    );
    expect(ok(listOf(upper, 'a list of text'), ['a', 'b'])).toEqual(['A', 'B']);
    expect(refusal(listOf(upper, 'a list of text'), ['a', 1])).toBe('each must be text');
    expect(refusal(listOf(upper, 'a list of text', 1), [])).toBe('a list of text');
    expect(refusal(listOf(upper, 'a list of text'), { 0: 'a' })).toBe('a list of text');
  });

  test('base64, base64url and data: URIs go out as plain base64 with the URI mimetype', () => {
    expect(ok(base64('data'), 'aGk=')).toEqual({ data: 'aGk=', mimetype: undefined });
    expect(ok(base64('data'), 'a-_b')).toEqual({ data: 'a+/b', mimetype: undefined });
    expect(ok(base64('data'), 'data:image/png;base64,iVBORw0K')).toEqual({
      data: 'iVBORw0K',
      mimetype: 'image/png',
    });
    expect(refusal(base64('data'), 'not base64!')).toMatch(/base64/);
    expect(refusal(base64('data'), '')).toMatch(/base64/);
  });
});
