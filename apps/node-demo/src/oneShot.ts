// `pnpm demo`: one invite code through the SDK, printed with its link and a QR code, then the
// session's groups and their participants, then exit. Against the embedded mock unless
// WASEND_API_KEY is set (then: pnpm demo -- <session> <group>).

import { buildInviteLink, WasendClient } from '@wasend/node';
import { type GroupSummary, listGroups } from 'demo-kit';
import { DEFAULT_SCENARIO, mockWarning, resolveBackend } from 'demo-kit/backend';
import { renderUnicodeCompact } from 'uqr';

async function main(): Promise<void> {
  const [sessionArg, groupArg] = process.argv.slice(2);
  const backend = await resolveBackend((name) => process.env[name]);
  try {
    if (backend.mockUrl !== undefined) console.error(mockWarning(backend.mockUrl));
    const sessionId = sessionArg ?? (backend.mockUrl !== undefined ? DEFAULT_SCENARIO.sessionId : undefined);
    const groupId = groupArg ?? (backend.mockUrl !== undefined ? DEFAULT_SCENARIO.groupId : undefined);
    if (sessionId === undefined || groupId === undefined) {
      throw new Error('with WASEND_API_KEY set, name the group: pnpm demo -- <session> <group>');
    }

    const client = new WasendClient({ apiKey: backend.apiKey, baseUrl: backend.baseUrl });
    const code = await client.getGroupInviteCode(sessionId, groupId);
    const link = buildInviteLink(code);
    console.log(`Group invite code: ${code}`);
    console.log(`Invite link:       ${link}`);
    console.log(renderUnicodeCompact(link, { border: 2 }));

    // After the invite, so the code, link and QR code are out even if the list fails.
    console.log(formatGroups(sessionId, await listGroups(client, sessionId)));
  } finally {
    await backend.close();
  }
}

/** The group list as text: each group, then one line per participant with its role. */
function formatGroups(sessionId: string, groups: GroupSummary[]): string {
  const lines = [`Groups of session ${sessionId}: ${groups.length}`];
  for (const group of groups) {
    const count = `${group.participantsCount} participant${group.participantsCount === 1 ? '' : 's'}`;
    lines.push(`  ${group.name ?? '(no name)'} (${group.id}), ${count}`);
    for (const { id, role } of group.participants) lines.push(`    ${role.padEnd(11)} ${id}`);
  }
  return lines.join('\n');
}

main().catch((error: unknown) => {
  const name = error instanceof Error ? error.name : 'Error';
  console.error(`node-demo: ${name}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
