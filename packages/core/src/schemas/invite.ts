// The invite code's wire, as zod/mini schemas: the ids and the code going out, and every answer
// dialect of docs/contract.md §1–2 coming back. Join and join-info are in joinGroup.ts.
import * as z from 'zod/mini';
import type { Answer } from '../http/answer';
import { matchInviteCode } from '../inviteLink';
import { isIdSegment } from '../path';
import { unusable } from './answer';
import { parseByKeys } from './byKeys';

// ── inputs ───────────────────────────────────────────────────────────────────────────────────────

/**
 * A session, group, chat or message id (what `isIdSegment` accepts): a string that is not '', '.' or
 * '..', holds no lone surrogate, and none of `/ \ ? # ; %` or a control character, which no WhatsApp
 * id holds and a decoding hop would turn into path or query syntax.
 */
const pathId = (name: string) =>
  z.custom<string>(isIdSegment, {
    error: `${name} must be an id: not '', '.' or '..', without / \\ ? # ; % or control characters`,
  });

export const sessionId = pathId('sessionId');
export const groupId = pathId('groupId');

export const aString = z.custom<string>((value) => typeof value === 'string');

const NO_CODE = 'expected a WhatsApp group invite code or link';

/** A code or any link form of docs/contract.md ("Invite codes and links") → the bare code. */
export const inviteCode = z.pipe(
  z.custom<string>((text) => typeof text === 'string' && matchInviteCode(text) !== undefined, {
    error: NO_CODE,
  }),
  z.transform((text) => matchInviteCode(text) as string),
);

/** The value of the one field `name` of an object, checked by `schema`. */
export const fieldOf = <Name extends string, Schema extends z.ZodMiniType<string>>(
  name: Name,
  schema: Schema,
) =>
  z.pipe(
    z.object({ [name]: schema } as Record<Name, Schema>),
    z.transform((record) => (record as Record<string, string>)[name] as string),
  );

// ── answers ──────────────────────────────────────────────────────────────────────────────────────

/**
 * Invite code (and revoke) answers that are JSON objects, by the key that names the dialect:
 * docs `{ success, inviteCode }`, `{ code }`, `{ inviteLink }`, `{ link }`.
 */
export const inviteCodeDialects = {
  inviteCode: fieldOf('inviteCode', inviteCode),
  code: fieldOf('code', inviteCode),
  inviteLink: fieldOf('inviteLink', inviteCode),
  link: fieldOf('link', inviteCode),
};

// ── readers: an answer, whatever its dialect, → the one result ────────────────────────────────────

/**
 * Any form of docs/contract.md §1: the bare code or a link as text whatever the content type (waha,
 * gows), a JSON string literal (also sent as text), or an object by its key (`inviteCode`, `code`,
 * `inviteLink`, `link`, also inside `data`). The raw text is tried before any JSON parsing, so an
 * all-digit code keeps every digit.
 */
export function readInviteCode(answer: Answer): string {
  // The text dialects (waha, gows) are picked by their content: a code or link is the whole text.
  // JSON (an object or a string literal) never is one: it goes straight to the parsed body.
  const whole = /^\s*[{"]/.test(answer.text) ? undefined : matchInviteCode(answer.text);
  if (whole !== undefined) return whole;
  let body = answer.body;
  // A JSON string literal sent as text or without a type. Only then: a body already parsed to a
  // string (`"1234…"` as JSON) must not be parsed again, or an all-digit code would become a number.
  if (typeof body === 'string' && body.trim().startsWith('"')) {
    try {
      body = JSON.parse(body.trim());
    } catch {
      // plain text that is no code: fails below
    }
  }
  const code =
    typeof body === 'string' ? matchInviteCode(body) : parseByKeys(body, inviteCodeDialects, 'data');
  if (code === undefined)
    throw unusable(
      answer,
      'invite code',
      // What the WEBJS engine answers a session that is not an admin of the group.
      answer.text.trim() ? undefined : 'an empty answer: the session is probably not an admin of this group',
    );
  return code;
}
