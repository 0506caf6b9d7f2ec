// `wasend groups … --help`: one text per command, and the family's overview.

const G = '120363025988123456@g.us';

const participantChange = (verb: string, what: string, refusals: string): string =>
  `Usage: wasend groups participants ${verb} <session> <group> <phone…> [--json]

${what} (you must be an admin of the group). Each <phone> is a phone number (+49 170 1234567,
quoted when it has spaces) or a user JID (4917012345678@c.us).
Prints one line per person: "ok", or "refused" with the server's status and reason
(${refusals}). Exits 0 even when some were refused, and then says how many on stderr.
Never retried automatically.
  --json   print {"results": [{"id", "ok", "status"?, "reason"?}, …]} as JSON

Example:
  wasend groups participants ${verb} default ${G} +4917012345678 4915112345678@c.us`;

const adminOnly = (name: string, what: string): string =>
  `Usage: wasend groups ${name} <session> <group> [on|off] [--json]

Without on/off: print whether ${what} ("on" or "off").
With on or off: change it (you must be an admin of the group).
  --json   print {"enabled", "changedAt"?, "changedBy"?} as JSON

Examples:
  wasend groups ${name} default ${G}
  wasend groups ${name} default ${G} on`;

export const groupsHelp: Record<string, string> = {
  groups: `Usage: wasend groups <command> <arguments> [--json]

The groups a session is in (the session must be WORKING). A <group> is its id, such as
${G} (or the digits alone); a <phone> is a phone number or a user JID.

Commands:
  list <session>                                  the session's groups: id, name, participants
  count <session>                                 how many groups the session is in
  get <session> <group>                           one group: name, description, owner, settings…
  create <session> <name> <phone…>                create a group with these members, print its id
  leave <session> <group>                         leave the group
  participants <session> <group>                  the participants and their roles
  participants add|remove|promote|demote <session> <group> <phone…>
                                                  change participants, one result line per person
  subject <session> <group> <text>                rename the group
  description <session> <group> <text>            set the description ('' clears it)
  info-admin-only <session> <group> [on|off]      show or set: only admins may edit the group's info
  messages-admin-only <session> <group> [on|off]  show or set: only admins may send messages

Every command takes --json. Help on one command: wasend groups <command> --help`,
  'groups list': `Usage: wasend groups list <session> [--json]

List the session's groups as a table: id, name and number of participants.
  --json   print the groups as a JSON array (with their participants where the server lists them)

Example:
  wasend groups list default`,
  'groups count': `Usage: wasend groups count <session> [--json]

Print how many groups the session is in.
  --json   print {"total", "byStatus"?} as JSON (byStatus where the server gives it)

Example:
  wasend groups count default`,
  'groups get': `Usage: wasend groups get <session> <group> [--json]

Show one group: id, name, description, owner, created, participants, settings.
  --json   print the group as JSON (with its participants where the server lists them)

Example:
  wasend groups get default ${G}`,
  'groups create': `Usage: wasend groups create <session> <name> <phone…> [--json]

Create a group named <name> (quote it when it has spaces) with these first members, and print
its id. The session becomes its owner. Never retried automatically.
  --json   print the new group as JSON

Example:
  wasend groups create default "Book club" +4917012345678 4915112345678@c.us`,
  'groups leave': `Usage: wasend groups leave <session> <group> [--json]

Leave the group (the session stops seeing it). Never retried automatically.
  --json   print {"left": "<group>"} as JSON

Example:
  wasend groups leave default ${G}`,
  'groups participants': `Usage: wasend groups participants <session> <group> [--json]
       wasend groups participants add|remove|promote|demote <session> <group> <phone…> [--json]

List the group's participants as a table: id and role (participant, admin, superadmin).
To change them: wasend groups participants add --help (and remove, promote, demote).
  --json   print the participants as a JSON array

Example:
  wasend groups participants default ${G}`,
  'groups participants add': participantChange(
    'add',
    'Add people to the group',
    'e.g. 409 already a participant',
  ),
  'groups participants remove': participantChange(
    'remove',
    'Remove people from the group',
    'e.g. 404 not a participant, 403 the owner',
  ),
  'groups participants promote': participantChange(
    'promote',
    'Make participants admins',
    'e.g. 404 not a participant',
  ),
  'groups participants demote': participantChange(
    'demote',
    'Take admin rights away',
    'e.g. 404 not a participant, 403 the owner',
  ),
  'groups subject': `Usage: wasend groups subject <session> <group> <text> [--json]

Rename the group (you must be an admin of the group). Posts a notice in the group.
  --json   print {"subject": "<text>"} as JSON

Example:
  wasend groups subject default ${G} "Book club 2027"`,
  'groups description': `Usage: wasend groups description <session> <group> <text> [--json]

Set the group's description; '' clears it (you must be an admin of the group). Posts a notice
in the group.
  --json   print {"description": "<text>"} as JSON

Example:
  wasend groups description default ${G} "Monthly meetups"`,
  'groups info-admin-only': adminOnly('info-admin-only', "only admins may edit the group's info"),
  'groups messages-admin-only': adminOnly('messages-admin-only', 'only admins may send messages'),
};
