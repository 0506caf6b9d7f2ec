// `wasend chats … --help`: one text per command, and the family's overview.

const CHAT = `<chat> is a phone number (+49 170 1234567) or a chat id (4917012345678@c.us, …@g.us).`;

export const chatsHelp: Record<string, string> = {
  chats: `Usage: wasend chats <command> <arguments> [--json]

A session's chats and their messages (the session must be WORKING).
${CHAT}

Commands:
  list <session> [--limit N]              the chats, latest first: id, name, unread, last activity
  messages <session> <chat> [--limit N]   the chat's latest messages, one line each
  message <session> <chat> <message-id>   one message: from, to, time, type, ack, body…

Every command takes --json. Help on one command: wasend chats <command> --help`,
  'chats list': `Usage: wasend chats list <session> [--limit N] [--json]

List the session's chats, the latest conversation first, as a table: id, name, unread messages
and the time of the last activity (ISO, UTC). "-" where the server does not say.
  --limit N   only the N latest chats (default: all)
  --json      print the chats as a JSON array ("timestamp" in unix seconds)

Example:
  wasend chats list default --limit 10`,
  'chats messages': `Usage: wasend chats messages <session> <chat> [--limit N] [--json]

Print the chat's latest messages, newest first, one line each: the time (ISO, UTC), "me" or
"them" (in a group "them (<author>)"), and the text on one line (media as [type filename]).
Media stays on the server.
${CHAT}
  --limit N   how many messages (default 20)
  --json      print the messages as a JSON array, newest first ("timestamp" in unix seconds)

Example:
  wasend chats messages default +4917012345678 --limit 5`,
  'chats message': `Usage: wasend chats message <session> <chat> <message-id> [--json]

Show one message of the chat: id, chat, from, to, author, time, type, ack, reply to, media, body.
Exits 4 when the chat has no such message.
${CHAT}
  --json   print the message as JSON

Example:
  wasend chats message default +4917012345678 true_4917012345678@c.us_3EB0C767D26A1D8F2D9E`,
};
