// `deno task invite [<session> <group>]`: the code and its link, from the embedded mock (no key) or
// from the API at WASEND_BASE_URL (here a mock scenario, standing in for the real API).
import { listen, type MockServer } from '@wasend/mock-server';
import type { DenoApi } from '../src/denoApi.ts';
import { runTask } from './helpers.ts';

declare const Deno: DenoApi;

let mock: MockServer | undefined;
Deno.test.beforeAll(async () => {
  mock = await listen({ port: 0, host: '127.0.0.1' });
});
Deno.test.afterAll(() => mock?.close());

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const CODE_LINE = /^Group invite code: ([A-Za-z0-9]{22})$/m;
const LINK_LINE = /^Invite link: +(https:\/\/chat\.whatsapp\.com\/[A-Za-z0-9]{22})$/m;

// The subprocesses and the in-process mock server outlive single tests' op/resource accounting.
const noSanitizers = { sanitizeOps: false, sanitizeResources: false, timeout: 30_000 };

Deno.test({
  name: 'deno task invite · no WASEND_API_KEY · embedded mock said loudly, a 22-char code and its link',
  ...noSanitizers,
  fn: async () => {
    // '' = unset for the demo, whatever the outer environment holds.
    const { code, stdout, stderr } = await runTask('invite', [], { WASEND_API_KEY: '', WASEND_BASE_URL: '' });
    check(code === 0, `exit ${code}\n${stdout}\n${stderr}`);
    const codeMatch = CODE_LINE.exec(stdout);
    const linkMatch = LINK_LINE.exec(stdout);
    check(codeMatch && linkMatch, `no code/link lines in:\n${stdout}`);
    check(linkMatch[1] === `https://chat.whatsapp.com/${codeMatch[1]}`, 'the link carries the code');
    check(/WARNING: WASEND_API_KEY is not set: using the EMBEDDED MOCK SERVER/.test(stderr), stderr);
  },
});

Deno.test({
  name: 'deno task invite <session> <group> · with a key · calls WASEND_BASE_URL with it, no mock warning',
  ...noSanitizers,
  fn: async () => {
    check(mock, 'mock server');
    const sc = await mock.createScenario({
      keys: ['deno-demo-invite-key'],
      sessions: [{ id: 'sales team' }],
      groups: [{ id: '120363000000000001@g.us', session: 'sales team' }],
    });
    try {
      const { code, stdout, stderr } = await runTask('invite', ['sales team', '120363000000000001@g.us'], {
        WASEND_API_KEY: sc.key,
        WASEND_BASE_URL: sc.baseUrl,
      });
      check(code === 0, `exit ${code}\n${stdout}\n${stderr}`);
      check(CODE_LINE.exec(stdout)?.[1] === sc.inviteCode, `expected ${sc.inviteCode} in:\n${stdout}`);
      check(LINK_LINE.exec(stdout)?.[1] === `https://chat.whatsapp.com/${sc.inviteCode}`, stdout);
      check(!/EMBEDDED MOCK/.test(stderr), `unexpected mock warning:\n${stderr}`);
      const log = await sc.requests();
      check(log.length === 1, `one request, got ${log.length}`);
      check(
        log[0]?.path === '/sales%20team/groups/120363000000000001%40g.us/invite-code',
        log[0]?.path ?? '',
      );
      check(log[0]?.headers.authorization === `Bearer ${sc.key}`, 'the key from WASEND_API_KEY');
      check(
        /^wasend-js\/\S+ deno\/\d/.test(log[0]?.headers['user-agent'] ?? ''),
        'the @wasend/deno User-Agent',
      );
    } finally {
      await sc.close();
    }
  },
});

Deno.test({
  name: 'deno task invite · with a key but no session/group · usage on stderr, exit 2',
  ...noSanitizers,
  fn: async () => {
    const { code, stderr } = await runTask('invite', [], {
      WASEND_API_KEY: 'some-key',
      WASEND_BASE_URL: 'http://127.0.0.1:9',
    });
    check(code === 2, `exit ${code}`);
    check(/usage: deno task invite <session> <group>/.test(stderr), stderr);
  },
});

Deno.test({
  name: 'deno task invite · an API error · its class and message on stderr, exit 1',
  ...noSanitizers,
  fn: async () => {
    check(mock, 'mock server');
    const sc = await mock.createScenario({});
    try {
      const { code, stderr } = await runTask('invite', [sc.sessionId, 'nope@g.us'], {
        WASEND_API_KEY: sc.key,
        WASEND_BASE_URL: sc.baseUrl,
      });
      check(code === 1, `exit ${code}`);
      check(/deno-demo: NotFoundError: /.test(stderr), stderr);
      check(!stderr.includes(sc.key), 'the key is not printed');
    } finally {
      await sc.close();
    }
  },
});
