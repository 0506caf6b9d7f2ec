// Running a command against the API: loaded only once a command runs, so `--version` and `--help`
// never load the client (and its dependencies).
import { buildInviteLink, type GroupJoinInfo, isWasendError } from '@wasend/core';
import type { WasendClient } from '../client';
import type { ParsedArgs } from './args';
import { ExitCode, type ExitCodeValue } from './exitCodes';
import { renderQr } from './qr';

type RunArgs = Extract<ParsedArgs, { kind: 'run' }>;

/** Runs one command against the API and returns what goes to stdout. */
export async function runCommand(args: RunArgs, client: WasendClient): Promise<string> {
  switch (args.command) {
    case 'invite-code':
      return formatCode(await client.getGroupInviteCode(args.session, args.target), args);
    case 'revoke-invite':
      return formatCode(await client.revokeGroupInviteCode(args.session, args.target), args);
    case 'join-info': {
      const info = await client.getGroupJoinInfo(args.session, args.target);
      return args.json ? JSON.stringify(info, null, 2) : formatJoinInfo(info);
    }
    case 'join': {
      const result = await client.joinGroup(args.session, args.target);
      return args.json ? JSON.stringify(result, null, 2) : result.id;
    }
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
