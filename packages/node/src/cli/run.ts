// Running a command against the API: loaded only once a command runs, so `--version` and `--help`
// never load the client (and its dependencies).
import { buildInviteLink, type GroupJoinInfo, isWasendError } from '@wasend/core';
import type { WasendClient } from '../client';
import type { ParsedArgs } from './args';
import { type ChatsCommand, runChatsCommand } from './chatsCommands';
import type { Command } from './commands';
import { type ContactsCommand, runContactsCommand } from './contactsCommands';
import { ExitCode, type ExitCodeValue } from './exitCodes';
import type { Output } from './format';
import { type GroupsCommand, runGroupsCommand } from './groupsCommands';
import { renderQr } from './qr';
import { runSendCommand, type SendCommand } from './sendCommands';
import { runSessionsCommand, type SessionsCommand } from './sessionsCommands';

type RunArgs = Extract<ParsedArgs, { kind: 'run' }>;

/** Runs one command against the API and returns what it prints. */
export async function runCommand(args: RunArgs, client: WasendClient): Promise<Output> {
  const { command } = args;
  if (isGroups(command)) return runGroupsCommand({ ...args, command }, client);
  if (isSessions(command)) return runSessionsCommand({ ...args, command }, client);
  if (isSend(command)) return runSendCommand({ ...args, command }, client);
  if (isChats(command)) return runChatsCommand({ ...args, command }, client);
  if (isContacts(command)) return runContactsCommand({ ...args, command }, client);
  return { text: await runInviteCommand(args, client) };
}

const isGroups = (command: Command): command is GroupsCommand => command.startsWith('groups ');
const isSessions = (command: Command): command is SessionsCommand => command.startsWith('sessions ');
const isSend = (command: Command): command is SendCommand => command.startsWith('send ');
const isChats = (command: Command): command is ChatsCommand => command.startsWith('chats ');
const isContacts = (command: Command): command is ContactsCommand => command.startsWith('contacts ');

async function runInviteCommand(args: RunArgs, client: WasendClient): Promise<string> {
  const [session = '', target = ''] = args.operands;
  switch (args.command) {
    case 'invite-code':
      return formatCode(await client.getGroupInviteCode(session, target), args);
    case 'revoke-invite':
      return formatCode(await client.revokeGroupInviteCode(session, target), args);
    case 'join-info': {
      const info = await client.getGroupJoinInfo(session, target);
      return args.json ? JSON.stringify(info, null, 2) : formatJoinInfo(info);
    }
    case 'join': {
      const result = await client.joinGroup(session, target);
      return args.json ? JSON.stringify(result, null, 2) : result.id;
    }
    default:
      throw new Error(`not an invite command: ${args.command}`);
  }
}

function formatCode(code: string, args: RunArgs): string {
  const link = buildInviteLink(code);
  if (args.json) return JSON.stringify({ code, link });
  if (args.qr) return `${renderQr(link)}\n${link}`;
  return args.link ? link : code;
}

const labels: Array<[keyof GroupJoinInfo, string]> = [
  ['id', 'id'],
  ['name', 'name'],
  ['description', 'description'],
  ['ownerJid', 'owner'],
  ['participantsCount', 'participants'],
  ['createdAt', 'created'],
  ['isAnnounce', 'announce only'],
  ['isLocked', 'locked'],
];

function formatJoinInfo(info: GroupJoinInfo): string {
  return labels
    .filter(([key]) => info[key] !== undefined && info[key] !== null && info[key] !== '')
    .map(([key, label]) => `${`${label}:`.padEnd(15)}${String(info[key])}`)
    .join('\n');
}

/** Decided by HTTP status rather than class identity, so it holds whichever copy of core threw. */
export function exitCodeFor(error: unknown): ExitCodeValue {
  if (!isWasendError(error)) return ExitCode.failure;
  if (error.name === 'WasendArgumentError') return ExitCode.usage;
  const status = (error as { status?: unknown }).status;
  if (status === 401 || status === 403) return ExitCode.auth;
  if (status === 404 || status === 410) return ExitCode.notFound;
  if (status === 429) return ExitCode.rateLimited;
  return ExitCode.failure;
}
