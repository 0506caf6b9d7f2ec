// `wasend send … --help`: one text per command, and the family's overview.

const TO = `<to> is a phone number (+49 170 1234567, quoted when it has spaces) or a chat id
(4917012345678@c.us, a group's …@g.us).`;

const never = 'Never retried automatically: a timeout leaves the outcome unknown, and says so.';

export const sendHelp: Record<string, string> = {
  send: `Usage: wasend send <command> <session> <to> <arguments> [--json]

Send a message from a session (it must be WORKING) and print the sent message's id.
${TO}

Commands:
  text <session> <to> <text>                         send a text
  file <session> <to> <path> [--caption <text>]      send a local file as a document
  image <session> <to> <path|url> [--caption <text>] send an image: a local file or an http(s) URL

Every command takes --json. Help on one command: wasend send <command> --help`,
  'send text': `Usage: wasend send text <session> <to> <text> [--json]

Send <text> (quote it) and print the sent message's id. A text that starts with "-" goes after
"--": wasend send text default +4917012345678 -- "-5 °C today".
${TO}
${never}
  --json   print the sent message as JSON: {"id", "chatId"?, "timestamp"?, "status"?}

Examples:
  wasend send text default +4917012345678 "Hello from the terminal"
  wasend send text default 120363025988123456@g.us "Hello, group"`,
  'send file': `Usage: wasend send file <session> <to> <path> [--caption <text>] [--json]

Send the local file <path> as a document (named after the file, its type from the extension:
invoice.pdf is application/pdf) and print the sent message's id. The file is read whole and sent
as base64. A file that cannot be read exits 2, before anything is sent.
${TO}
${never}
  --caption <text>   a caption under the file
  --json             print the sent message as JSON: {"id", "chatId"?, "timestamp"?, "status"?}

Example:
  wasend send file default +4917012345678 ./invoice.pdf --caption "March invoice"`,
  'send image': `Usage: wasend send image <session> <to> <path|url> [--caption <text>] [--json]

Send an image and print the sent message's id: an http(s) URL (the server fetches it) or a
local file (read whole and sent as base64; its type from the extension). A file that cannot be
read exits 2, before anything is sent. A self-hosted open-source WAHA engine refuses images (422).
${TO}
${never}
  --caption <text>   a caption under the image
  --json             print the sent message as JSON: {"id", "chatId"?, "timestamp"?, "status"?}

Examples:
  wasend send image default +4917012345678 ./chart.png --caption "This week"
  wasend send image default +4917012345678 https://example.com/cat.jpg`,
};
