import { VERSION } from '../version';
import { chatsHelp } from './chatsHelp';
import { contactsHelp } from './contactsHelp';
import { groupsHelp } from './groupsHelp';
import { sendHelp } from './sendHelp';
import { sessionsHelp } from './sessionsHelp';

const footer = `Environment:
  WASEND_API_KEY    your API key (required). Read from the environment only: a key given as an
                    argument would leak into shell history and \`ps\` output.
  WASEND_BASE_URL   API base URL (default https://api.wasend.dev); --base-url overrides it.
  WASEND_AUTH       how the key is sent: bearer (default: Authorization: Bearer <key>, the Wasend
                    service) or x-api-key (X-Api-Key: <key>, a self-hosted WAHA engine).
  WASEND_PARTICIPANTS_FORMAT
                    how participant lists are sent: strings (default, the Wasend service) or
                    objects ([{"id"}], what a self-hosted WAHA engine needs).

Exit codes:
  0  ok
  1  any other failure (server error, network failure, timeout, unusable answer)
  2  usage: bad arguments (a malformed invite code or link, group id, chat id or phone number, a
     file that cannot be read), a malformed --base-url, WASEND_AUTH or WASEND_PARTICIPANTS_FORMAT
  3  authentication: WASEND_API_KEY not set, key rejected (401) or not allowed (403)
  4  not found: session, group, invite, message or contact (404), or the invite was revoked (410)
  5  rate limited (429)
A participant change some of whose people were refused still exits 0 (it says so on stderr), and
so does \`contacts check\` for a number not on WhatsApp.`;

const inviteHelp: Record<string, string> = {
  'invite-code': `Usage: wasend invite-code <session> <group> [--link] [--qr] [--json]

Print the group's invite code (you must be an admin of the group).
  --link   print the full https://chat.whatsapp.com/… link instead of the code
  --qr     draw the invite link as a QR code in the terminal, then print the link
  --json   print {"code", "link"} as JSON

Example:
  wasend invite-code default 120363025988123456@g.us --qr`,
  'revoke-invite': `Usage: wasend revoke-invite <session> <group> [--link] [--qr] [--json]

Revoke the group's invite link and print the NEW code (the old link stops working).
Never retried automatically: a retry would rotate the code twice.
  --link, --qr, --json   as for invite-code

Example:
  wasend revoke-invite default 120363025988123456@g.us`,
  'join-info': `Usage: wasend join-info <session> <code|link> [--json]

Show what an invite leads to (name, description, owner, size…) without joining.
  --json   print the group info as JSON

Example:
  wasend join-info default https://chat.whatsapp.com/AbCdEfGhIjKlMnOpQrStUv`,
  join: `Usage: wasend join <session> <code|link> [--json]

Join the group an invite leads to and print its id.
  --json   print {"id", "name", "participantsCount"} as JSON

Example:
  wasend join default AbCdEfGhIjKlMnOpQrStUv`,
};

/** Every help text, by command (`invite-code`, `groups list`) or family (`groups`). */
export const commandHelp: Record<string, string> = {
  ...inviteHelp,
  ...groupsHelp,
  ...sessionsHelp,
  ...sendHelp,
  ...chatsHelp,
  ...contactsHelp,
};

export function mainHelp(): string {
  return `wasend ${VERSION} — WhatsApp messages, chats, contacts, groups, invites and sessions from the
command line (the twin of the API's curl examples)

Usage: wasend <command> [arguments] [options]

Commands:
  invite-code <session> <group>     print a group's invite code (--link, --qr, --json)
  revoke-invite <session> <group>   revoke the invite link, print the new code
  join-info <session> <code|link>   show the group an invite leads to
  join <session> <code|link>        join the group an invite leads to
  groups <command> …                list, count, get, create, leave, participants (add, remove,
                                    promote, demote), subject, description, info-admin-only,
                                    messages-admin-only: see wasend groups --help
  sessions <command> …              list, get, create, start, stop, restart, delete, qr (draws the
                                    QR code to link a phone): see wasend sessions --help
  send <command> …                  text, file (a local file), image (a file or URL): prints the
                                    sent message's id; see wasend send --help
  chats <command> …                 list, messages (a chat's latest), message (one by id): see
                                    wasend chats --help
  contacts <command> …              list, get, check (is a number on WhatsApp?): see
                                    wasend contacts --help

Global options:
  --base-url <url>   API base URL (overrides WASEND_BASE_URL)
  -h, --help         show help (also after a command: wasend invite-code --help, wasend groups list --help)
  --version          print the version

${footer}`;
}

export function helpFor(command: string): string {
  return `${commandHelp[command]}\n\nGlobal options: --base-url <url>, -h/--help\n\n${footer}`;
}
