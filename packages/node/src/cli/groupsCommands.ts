// `wasend groups …`: each command is one client call, its result printed as text or JSON.
import type { Group, GroupParticipant, ParticipantsUpdateResult } from '@wasend/core';
import type { WasendClient } from '../client';
import type { Command } from './commands';
import { cell, labelled, type Output, onOff, table, toJson } from './format';

export type GroupsCommand = Extract<Command, `groups ${string}`>;

interface GroupsArgs {
  command: GroupsCommand;
  operands: string[];
  json: boolean;
}

/** Runs one `wasend groups …` command. */
export async function runGroupsCommand(args: GroupsArgs, client: WasendClient): Promise<Output> {
  const [session = '', group = '', ...more] = args.operands;
  const out = (json: unknown, text: string): Output => ({ text: args.json ? toJson(json) : text });
  switch (args.command) {
    case 'groups list': {
      const groups = await client.getGroups(session);
      return out(groups, groupsTable(groups));
    }
    case 'groups count': {
      const count = await client.getGroupsCount(session);
      return out(count, String(count.total));
    }
    case 'groups get': {
      const found = await client.getGroup(session, group);
      return out(found, groupDetails(found));
    }
    case 'groups create': {
      // Here the second operand is the new group's name, the rest its members.
      const created = await client.createGroup(session, { name: group, participants: more });
      return out(created, created.id);
    }
    case 'groups leave':
      await client.leaveGroup(session, group);
      return out({ left: group }, `left ${group}`);
    case 'groups participants': {
      const people = await client.getGroupParticipants(session, group);
      return out(people, participantsTable(people));
    }
    case 'groups participants add':
    case 'groups participants remove':
    case 'groups participants promote':
    case 'groups participants demote':
      return participantChange(
        args,
        await withFormatHint(changes[args.command](client, session, group, more)),
      );
    case 'groups subject': {
      const [subject = ''] = more;
      await client.setGroupSubject(session, group, subject);
      return out({ subject }, `subject set: ${subject}`);
    }
    case 'groups description': {
      const [description = ''] = more;
      await client.setGroupDescription(session, group, description);
      return out({ description }, description === '' ? 'description cleared' : 'description set');
    }
    case 'groups info-admin-only':
    case 'groups messages-admin-only':
      return adminOnly(args, client, session, group, more[0]);
  }
}

type ChangeCommand = Extract<GroupsCommand, `groups participants ${string}`>;

const changes: Record<
  ChangeCommand,
  (
    client: WasendClient,
    session: string,
    group: string,
    people: string[],
  ) => Promise<ParticipantsUpdateResult>
> = {
  'groups participants add': (client, ...rest) => client.addGroupParticipants(...rest),
  'groups participants remove': (client, ...rest) => client.removeGroupParticipants(...rest),
  'groups participants promote': (client, ...rest) => client.promoteGroupParticipants(...rest),
  'groups participants demote': (client, ...rest) => client.demoteGroupParticipants(...rest),
};

const pastTense: Record<ChangeCommand, string> = {
  'groups participants add': 'added',
  'groups participants remove': 'removed',
  'groups participants promote': 'promoted',
  'groups participants demote': 'demoted',
};

/**
 * A WAHA engine sent participants as strings crashes on them (a 500 "Cannot read properties of
 * undefined (reading 'split')"): the error then says which setting fixes it.
 */
async function withFormatHint<Result>(call: Promise<Result>): Promise<Result> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof Error && /reading 'split'|\.map is not a function/.test(error.message)) {
      error.message += ' (a self-hosted WAHA engine needs WASEND_PARTICIPANTS_FORMAT=objects)';
    }
    throw error;
  }
}

/** One line per person, "ok" or "refused (status: reason)"; refusals are counted on stderr, not an error. */
function participantChange(args: GroupsArgs, { results }: ParticipantsUpdateResult): Output {
  const refused = results.filter((result) => !result.ok).length;
  const notice =
    refused > 0
      ? `${refused} of ${results.length} not ${pastTense[args.command as ChangeCommand]}: refused by the server`
      : undefined;
  if (args.json) return { text: toJson({ results }), ...(notice && { notice }) };
  const width = Math.max(...results.map((result) => result.id.length));
  const lines = results.map(({ id, ok, status, reason }) => {
    const why = [status, reason].filter((part) => part !== undefined).join(': ');
    return `${id.padEnd(width)}  ${ok ? 'ok' : why ? `refused (${why})` : 'refused'}`;
  });
  return { text: lines.join('\n'), ...(notice && { notice }) };
}

async function adminOnly(
  args: GroupsArgs,
  client: WasendClient,
  session: string,
  group: string,
  value: string | undefined,
): Promise<Output> {
  const info = args.command === 'groups info-admin-only';
  if (value === undefined) {
    const setting = info
      ? await client.getGroupInfoAdminOnly(session, group)
      : await client.getGroupMessagesAdminOnly(session, group);
    return { text: args.json ? toJson(setting) : (onOff(setting.enabled) as string) };
  }
  const enabled = value === 'on';
  if (info) await client.setGroupInfoAdminOnly(session, group, enabled);
  else await client.setGroupMessagesAdminOnly(session, group, enabled);
  return { text: args.json ? toJson({ enabled }) : `${args.command.slice('groups '.length)}: ${value}` };
}

function groupsTable(groups: Group[]): string {
  if (groups.length === 0) return 'no groups';
  return table(
    ['id', 'name', 'participants'],
    groups.map((group) => [group.id, cell(group.name), cell(group.participantsCount)]),
  );
}

function participantsTable(people: GroupParticipant[]): string {
  if (people.length === 0) return 'no participants';
  return table(
    ['id', 'role'],
    people.map((person) => [person.id, person.role]),
  );
}

function groupDetails(group: Group): string {
  return labelled([
    ['id', group.id],
    ['name', group.name],
    ['description', group.description],
    ['owner', group.ownerJid],
    ['created', group.createdAt],
    ['participants', group.participantsCount],
    ['info admin only', onOff(group.isLocked)],
    ['messages admin only', onOff(group.isAnnounce)],
  ]);
}
