// `deno task invite <session> <group>`: one invite code through @wasend/deno, printed with its link.
// Against the embedded mock (its demo session and group by default) unless WASEND_API_KEY is set.
import { buildInviteLink } from '@wasend/deno';
import { DEFAULT_SCENARIO, mockWarning, resolveBackend } from './backend.ts';
import type { DenoApi } from './denoApi.ts';

declare const Deno: DenoApi;

async function main(): Promise<void> {
  const [sessionArg, groupArg] = Deno.args;
  const backend = await resolveBackend();
  try {
    if (backend.mockUrl !== undefined) console.error(mockWarning(backend.mockUrl));
    const sessionId = sessionArg ?? (backend.mockUrl ? DEFAULT_SCENARIO.sessionId : undefined);
    const groupId = groupArg ?? (backend.mockUrl ? DEFAULT_SCENARIO.groupId : undefined);
    if (sessionId === undefined || groupId === undefined) {
      console.error('usage: deno task invite <session> <group>   (both needed with WASEND_API_KEY set)');
      Deno.exitCode = 2;
      return;
    }
    const code = await backend.client.getGroupInviteCode(sessionId, groupId);
    console.log(`Group invite code: ${code}`);
    console.log(`Invite link:       ${buildInviteLink(code)}`);
  } finally {
    await backend.close();
  }
}

main().catch((error: unknown) => {
  const name = error instanceof Error ? error.name : 'Error';
  console.error(`deno-demo: ${name}: ${error instanceof Error ? error.message : String(error)}`);
  Deno.exitCode = 1;
});
