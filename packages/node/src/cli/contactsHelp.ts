// `wasend contacts … --help`: one text per command, and the family's overview.

export const contactsHelp: Record<string, string> = {
  contacts: `Usage: wasend contacts <command> <arguments> [--json]

A session's contacts, and whether a phone number is on WhatsApp (the session must be WORKING).
A <contact> or <phone> is a phone number (+49 170 1234567) or a user id (4917012345678@c.us).

Commands:
  list <session> [--limit N]    the contacts: id, name, push name, phone
  get <session> <contact>       one contact (exit 4 when there is none)
  check <session> <phone>       "on WhatsApp: <chat id>" or "not on WhatsApp" (exit 0 either way)

Every command takes --json. Help on one command: wasend contacts <command> --help`,
  'contacts list': `Usage: wasend contacts list <session> [--limit N] [--json]

List the session's contacts as a table: id, name (from the address book), push name (the name
they gave themselves) and phone. "-" where the server does not say.
  --limit N   only the first N contacts (default: all)
  --json      print the contacts as a JSON array

Example:
  wasend contacts list default`,
  'contacts get': `Usage: wasend contacts get <session> <contact> [--json]

Show one contact: id, name, push name, phone. When the server knows no such contact, says
"no such contact" on stderr and exits 4.
  --json   print the contact as JSON

Example:
  wasend contacts get default +4917012345678`,
  'contacts check': `Usage: wasend contacts check <session> <phone> [--json]

Print whether <phone> is on WhatsApp: "on WhatsApp: <chat id>" (the id to write to) or
"not on WhatsApp". Exits 0 either way.
  --json   print {"exists", "phone", "chatId"?} as JSON

Examples:
  wasend contacts check default +4917012345678
  wasend contacts check default "+49 170 1234567" --json`,
};
