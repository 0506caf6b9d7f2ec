// `wasend sessions … --help`: one text per command, and the family's overview.

const statusChange = (verb: string, what: string, retried: string): string =>
  `Usage: wasend sessions ${verb} <session> [--json]

${what}, and print its status.${retried}
  --json   print the session as JSON

Example:
  wasend sessions ${verb} default`;

export const sessionsHelp: Record<string, string> = {
  sessions: `Usage: wasend sessions <command> <arguments> [--json]

The account's WhatsApp sessions. A session is STOPPED until started, then STARTING, then
SCAN_QR_CODE until a phone scans its QR code, then WORKING.

Commands:
  list                   every session: id, name, status, phone
  get <session>          one session: name, phone, status, account, settings
  create <name> <phone>  create a session (STOPPED until started), print its id
  start <session>        start it (then: wasend sessions qr <session>)
  stop <session>         stop it
  restart <session>      restart it
  delete <session>       delete it
  qr <session>           draw its QR code in the terminal, to link a phone

Every command takes --json. Help on one command: wasend sessions <command> --help`,
  'sessions list': `Usage: wasend sessions list [--json]

List every session of the account as a table: id, name, status and phone number.
  --json   print the sessions as a JSON array

Example:
  wasend sessions list`,
  'sessions get': `Usage: wasend sessions get <session> [--json]

Show one session: id, name, phone, status, the WhatsApp account it is linked to, its settings.
  --json   print the session as JSON

Example:
  wasend sessions get default`,
  'sessions create': `Usage: wasend sessions create <name> <phone> [--json]

Create a session for the phone number <phone> and print its id (the id the other commands
take). It is STOPPED until \`wasend sessions start\`. Never retried automatically.
  --json   print the new session as JSON

Example:
  wasend sessions create "Support line" +4917012345678`,
  'sessions start': statusChange(
    'start',
    'Start the session',
    ' Then show its QR code with `wasend sessions qr`.',
  ),
  'sessions stop': statusChange('stop', 'Stop the session', ''),
  'sessions restart': statusChange('restart', 'Restart the session', ' Never retried automatically.'),
  'sessions delete': `Usage: wasend sessions delete <session> [--json]

Delete the session.
  --json   print {"deleted": "<session>"} as JSON

Example:
  wasend sessions delete default`,
  'sessions qr': `Usage: wasend sessions qr <session> [--json]

Draw the session's QR code in the terminal: scan it with WhatsApp on the phone (Settings →
Linked devices → Link a device). There is one only while the session is SCAN_QR_CODE, shortly
after \`wasend sessions start\`; \`wasend sessions get\` shows the status. When the server gives
the code only as an image, that is said on stderr and the image is printed as JSON.
  --json   print {"value"?, "image"?: {"mimetype", "data"}} as JSON (data: base64)

Examples:
  wasend sessions qr default
  wasend sessions qr default --json`,
};
