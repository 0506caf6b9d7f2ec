// Every runnable command: the operands it takes and the flags it accepts. Read by the parser (and so
// by `--help`), hence nothing here may import the client.

export type Flag = 'link' | 'qr' | 'json' | 'caption' | 'limit';

export interface CommandSpec {
  /**
   * The operands in order, space-separated: `name` (required), `name…` (one or more, last only),
   * `[a|b]` (optional, one of the words, last only).
   */
  operands: string;
  flags: readonly Flag[];
}

const json: readonly Flag[] = ['json'];
const invite: readonly Flag[] = ['link', 'qr', 'json'];
const media: readonly Flag[] = ['caption', 'json'];
const limited: readonly Flag[] = ['limit', 'json'];

export const commands = {
  'invite-code': { operands: 'session group', flags: invite },
  'revoke-invite': { operands: 'session group', flags: invite },
  'join-info': { operands: 'session code|link', flags: json },
  join: { operands: 'session code|link', flags: json },

  'groups list': { operands: 'session', flags: json },
  'groups count': { operands: 'session', flags: json },
  'groups get': { operands: 'session group', flags: json },
  'groups create': { operands: 'session name phone…', flags: json },
  'groups leave': { operands: 'session group', flags: json },
  'groups participants': { operands: 'session group', flags: json },
  'groups participants add': { operands: 'session group phone…', flags: json },
  'groups participants remove': { operands: 'session group phone…', flags: json },
  'groups participants promote': { operands: 'session group phone…', flags: json },
  'groups participants demote': { operands: 'session group phone…', flags: json },
  'groups subject': { operands: 'session group text', flags: json },
  'groups description': { operands: 'session group text', flags: json },
  'groups info-admin-only': { operands: 'session group [on|off]', flags: json },
  'groups messages-admin-only': { operands: 'session group [on|off]', flags: json },

  'sessions list': { operands: '', flags: json },
  'sessions get': { operands: 'session', flags: json },
  'sessions create': { operands: 'name phone', flags: json },
  'sessions start': { operands: 'session', flags: json },
  'sessions stop': { operands: 'session', flags: json },
  'sessions restart': { operands: 'session', flags: json },
  'sessions delete': { operands: 'session', flags: json },
  'sessions qr': { operands: 'session', flags: json },

  'send text': { operands: 'session to text', flags: json },
  'send file': { operands: 'session to path', flags: media },
  'send image': { operands: 'session to path|url', flags: media },

  'chats list': { operands: 'session', flags: limited },
  'chats messages': { operands: 'session chat', flags: limited },
  'chats message': { operands: 'session chat message', flags: json },

  'contacts list': { operands: 'session', flags: limited },
  'contacts get': { operands: 'session contact', flags: json },
  'contacts check': { operands: 'session phone', flags: json },
} as const satisfies Record<string, CommandSpec>;

export type Command = keyof typeof commands;

/** Words that take a command after them: `wasend groups list …`. */
export const families = ['groups', 'sessions', 'send', 'chats', 'contacts'] as const;
export type Family = (typeof families)[number];

/** `wasend groups participants <verb> …`: these words are verbs there, never a session id. */
export const participantVerbs = ['add', 'remove', 'promote', 'demote'] as const;

export function isCommand(name: string): name is Command {
  return Object.hasOwn(commands, name);
}

export function isFamily(word: string | undefined): word is Family {
  return (families as readonly unknown[]).includes(word);
}
