import type { Group, GroupParticipant, GroupRole, RequestOptions, WasendClient } from '@wasend/core';

/** What the group list needs from a client. */
export type GroupsClient = Pick<WasendClient, 'getGroups' | 'getGroupParticipants'>;

/** One group as `GET /api/sessions/:sessionId/groups` answers it. */
export interface GroupSummary {
  id: string;
  /** `null` when the server gives the group no name. */
  name: string | null;
  participantsCount: number;
  participants: Array<{ id: string; role: GroupRole }>;
}

/** How many participant lists are fetched at once when the group list came without them. */
const PARTICIPANT_CALLS_AT_ONCE = 4;

/**
 * The session's groups with their participants: one `getGroups` call, then `getGroupParticipants`
 * only for the groups the list answer gave without participants. Any failure rejects (the route
 * maps it like every other SDK error).
 */
export async function listGroups(
  client: GroupsClient,
  sessionId: string,
  options?: RequestOptions,
): Promise<GroupSummary[]> {
  const groups = await client.getGroups(sessionId, undefined, options);
  return mapInBatches(groups, PARTICIPANT_CALLS_AT_ONCE, async (group) =>
    summary(group, group.participants ?? (await client.getGroupParticipants(sessionId, group.id, options))),
  );
}

function summary(group: Group, participants: GroupParticipant[]): GroupSummary {
  return {
    id: group.id,
    name: group.name ?? null,
    participantsCount: group.participantsCount ?? participants.length,
    participants: participants.map(({ id, role }) => ({ id, role })),
  };
}

/** `map` over `items`, at most `size` calls running at a time, results in order. */
async function mapInBatches<Item, Result>(
  items: Item[],
  size: number,
  map: (item: Item) => Promise<Result>,
): Promise<Result[]> {
  const results: Result[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map(map))));
  }
  return results;
}
