// The session's groups with their participants, through the proxy: one getGroups call, then
// getGroupParticipants only for a group the list answer gave without participants.
import type { Group, GroupParticipant } from '@wasend/browser';
import { client } from './client';

export type GroupWithParticipants = Group & { participants: GroupParticipant[] };

/** How many participant lists are asked for at once. */
const AT_ONCE = 4;

export async function loadGroups(session: string): Promise<GroupWithParticipants[]> {
  const groups = await client.getGroups(session);
  const loaded: GroupWithParticipants[] = [];
  for (let start = 0; start < groups.length; start += AT_ONCE) {
    const batch = groups.slice(start, start + AT_ONCE).map(async (group) => ({
      ...group,
      participants: group.participants ?? (await client.getGroupParticipants(session, group.id)),
    }));
    loaded.push(...(await Promise.all(batch)));
  }
  return loaded;
}
