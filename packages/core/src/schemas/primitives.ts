// The input primitives of the endpoints beyond the invite family (docs/contract.md, "Inputs"): each
// a zod/mini schema that checks a value, says what is wrong in its own words, and turns it into the
// form that is sent.
import * as z from 'zod/mini';
import { isRecord } from '../http/body';
import { isIdSegment } from '../path';
import { oneOf } from './check';

export { oneOf };

/** A check with its own message. */
const is = <Value>(test: (value: unknown) => boolean, error: string) => z.custom<Value>(test, { error });

/** A checked value turned into the form that is sent. */
const sentAs = <In, Out>(check: z.ZodMiniType<In>, send: (value: In) => Out) =>
  z.pipe(check, z.transform(send));

const isString = (value: unknown): value is string => typeof value === 'string';

/** A session id as the new endpoints take it: an id segment without outer whitespace. */
export const strictSessionId = is<string>(
  (value) => isIdSegment(value) && value.trim() === value,
  "sessionId must be an id: not '', '.' or '..', without outer whitespace, / \\ ? # ; % or control characters",
);

// `<digits>@g.us` and the legacy `<digits>-<digits>@g.us`; a bare id gets its suffix.
const GROUP_ID = /^\d+(-\d+)?(@g\.us)?$/;

/** A group id: `120363…@g.us`, legacy `4917…-1550…@g.us`, or the same without `@g.us` (then appended). */
export const strictGroupId = sentAs(
  is<string>(
    (value) => isString(value) && GROUP_ID.test(value),
    'groupId must be a group id such as 120363025988123456@g.us',
  ),
  (id) => (id.endsWith('@g.us') ? id : `${id}@g.us`),
);

/** The digits of a phone number (`+`, digits, spaces, `-`, `.`, parentheses; 7–15 digits), else undefined. */
export function phoneDigits(value: unknown): string | undefined {
  if (!isString(value) || !/^\+?[\d\s().-]+$/.test(value.trim())) return undefined;
  const digits = value.replace(/\D/g, '');
  return digits.length >= 7 && digits.length <= 15 ? digits : undefined;
}

// A user's JID: the hosted service and every engine name people in one of these forms.
const USER_JID = /^[^\s@/\\?#%]+@(c\.us|s\.whatsapp\.net|lid)$/;

/** A person: a phone number (sent as `<digits>@c.us`) or a user JID (`@c.us`, `@s.whatsapp.net`, `@lid`, sent as is). */
export const participantId = sentAs(
  is<string>(
    (value) => (isString(value) && USER_JID.test(value)) || phoneDigits(value) !== undefined,
    'a participant must be a phone number (7–15 digits) or a user JID such as 4917012345678@c.us',
  ),
  (id) => (USER_JID.test(id) ? id : `${phoneDigits(id)}@c.us`),
);

/** A phone number, sent as `+<digits>`. */
export const phone = sentAs(
  is<string>((value) => phoneDigits(value) !== undefined, 'phoneNumber must be a phone number (7–15 digits)'),
  (value) => `+${phoneDigits(value)}`,
);

/**
 * A list of at least `min` items, each as `item` outputs it; else the first bad item's own message.
 * `toList` finds the list in the value first (an answer's `{ groups: [...] }`, say). Built from
 * `z.custom` rather than `z.array`: every zod class any area uses is paid for by every bundle (a zod
 * module is one chunk), and this one costs nothing more.
 */
export function listOf<Item extends z.ZodMiniType>(
  item: Item,
  error: string,
  min = 0,
  toList = (value: unknown): unknown[] | undefined => (Array.isArray(value) ? value : undefined),
) {
  const problem = (values: unknown[]): string | undefined => {
    for (const value of values) {
      const parsed = z.safeParse(item, value);
      if (!parsed.success) return parsed.error.issues[0]?.message ?? error;
    }
    return undefined;
  };
  const fits = (value: unknown): boolean => (toList(value)?.length ?? -1) >= min;
  return sentAs(
    z.custom<unknown>((value) => fits(value) && problem(toList(value) as unknown[]) === undefined, {
      error: (issue) => (fits(issue.input) && problem(toList(issue.input) as unknown[])) || error,
    }),
    (value) =>
      (toList(value) as unknown[]).map((one) => (z.safeParse(item, one) as { data: z.output<Item> }).data),
  );
}

/** A non-empty list of participants, each normalised, duplicates removed after normalising. */
export const participantList = sentAs(
  listOf(participantId, 'participants must be a non-empty list of phone numbers or JIDs', 1),
  (ids) => [...new Set(ids)],
);

/** Parses as an absolute http(s) URL. */
export const isHttpUrl = (value: unknown): boolean => {
  try {
    return isString(value) && /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
};

export const httpUrl = (name: string) => is<string>(isHttpUrl, `${name} must be an absolute http(s) URL`);

export const boolean = (name: string) =>
  is<boolean>((value) => typeof value === 'boolean', `${name} must be true or false`);

/** A string that is not blank, trimmed. */
export const text = (name: string) =>
  sentAs(
    is<string>((value) => isString(value) && value.trim() !== '', `${name} must be a non-empty string`),
    (value) => value.trim(),
  );

export const integer = (name: string, min: number) =>
  is<number>(
    (value) => Number.isInteger(value) && (value as number) >= min,
    `${name} must be an integer >= ${min}`,
  );

/** base64 or base64url text, or a `data:<mime>;base64,` URI: `{ data, mimetype? }` with plain base64. */
export const base64 = (name: string) =>
  sentAs(
    is<string>(
      (value) =>
        isString(value) && /^(data:[\w.+-]+\/[\w.+-]+(;[^,;]+)*;base64,)?[A-Za-z0-9+/_-]+={0,2}$/.test(value),
      `${name} must be base64 text or a data: URI`,
    ),
    (value) => {
      const uri = /^data:([^;,]+)[^,]*,/.exec(value);
      const data = (uri ? value.slice(uri[0].length) : value).replace(/-/g, '+').replace(/_/g, '/');
      return { data, mimetype: uri?.[1] };
    },
  );

/** `type/subtype`, parameters allowed. */
export const mimetype = (name: string, type = '[\\w.+-]+') =>
  is<string>(
    (value) => isString(value) && new RegExp(`^${type}/[\\w.+-]+(\\s*;.*)?$`).test(value),
    `${name} must be a mimetype such as image/jpeg`,
  );

// Any JID a message may go to: a person, a group, a channel, a broadcast list.
const ANY_JID = /^[^\s@/\\?#%]+@(c\.us|s\.whatsapp\.net|g\.us|lid|newsletter|broadcast)$/;

const isRecipient = (value: unknown): value is string =>
  (isString(value) && ANY_JID.test(value)) || phoneDigits(value) !== undefined;

const RECIPIENT = 'must be a phone number (7–15 digits) or a JID such as 4917012345678@c.us or 120363…@g.us';

/** Where a message goes: the service's `to` (`+<digits>` or the JID) and the engine's `chatId` (`<digits>@c.us` or the JID). */
export const recipient = sentAs(is<string>(isRecipient, `to ${RECIPIENT}`), (value) =>
  ANY_JID.test(value)
    ? { to: value, chatId: value }
    : { to: `+${phoneDigits(value)}`, chatId: `${phoneDigits(value)}@c.us` },
);

/** A chat in a path: its JID (a phone becomes `<digits>@c.us`). */
export const chatId = sentAs(is<string>(isRecipient, `chatId ${RECIPIENT}`), (value) =>
  ANY_JID.test(value) ? value : `${phoneDigits(value)}@c.us`,
);

/** A message id: not empty, no whitespace or control characters, and one path segment. */
export const messageId = is<string>(
  (value) => isIdSegment(value) && !/\s/.test(value),
  'messageId must be a message id: not empty, without whitespace, / \\ ? # ; % or control characters',
);

/** A phone number to look up, sent as its digits only. */
export const phoneOnly = sentAs(
  is<string>((value) => phoneDigits(value) !== undefined, 'phone must be a phone number (7–15 digits)'),
  (value) => phoneDigits(value) as string,
);

/**
 * A picture's `refresh`: the official client's boolean or `{ refresh }`, left out unless true (the
 * official client sends it only then).
 */
export const refresh = z.pipe(
  z.transform((value: unknown) => (isRecord(value) ? value.refresh : value)),
  z.pipe(
    z.optional(
      is<boolean>(
        (value) => typeof value === 'boolean',
        'refresh must be true or false: pass true/false or { refresh }',
      ),
    ),
    z.transform((value) => value || undefined),
  ),
);
