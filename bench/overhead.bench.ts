// Per-call overhead of getGroupInviteCode against raw fetch + json(), on an in-process transport:
// every client gets the same `fetch` that answers with a ready Response, so only client code is timed.
// Interleaved in one process (mitata) and reported as min / median / max plus ratios to raw fetch.
import { WasendClient } from '@wasend/core';
import axios from 'axios';
import { bench, do_not_optimize, run, summary } from 'mitata';
import { createFetch } from 'ofetch';

const CODE = 'AbCdEfGhIjKlMnOpQrStUv';
const BASE = 'https://api.wasend.dev';
const URL_ = `${BASE}/default/groups/120363025988123456%40g.us/invite-code`;
const BODY = JSON.stringify({ success: true, inviteCode: CODE });
const HEADERS = { authorization: 'Bearer bench-key', accept: 'application/json' };

const inProcessFetch = async (_input: RequestInfo | URL, _init?: RequestInit): Promise<Response> =>
  new Response(BODY, { status: 200, headers: { 'content-type': 'application/json' } });

const wasend = new WasendClient({ apiKey: 'bench-key', baseUrl: BASE, fetch: inProcessFetch });
const ofetchClient = createFetch({ fetch: inProcessFetch });
const axiosClient = axios.create({
  baseURL: BASE,
  adapter: 'fetch',
  env: { fetch: inProcessFetch },
  headers: HEADERS,
});

async function check(): Promise<void> {
  const results = [
    await wasend.getGroupInviteCode('default', '120363025988123456@g.us'),
    (await (await inProcessFetch(URL_, { headers: HEADERS })).json()).inviteCode,
    (await ofetchClient(URL_, { headers: HEADERS })).inviteCode,
    (await axiosClient.get('/default/groups/120363025988123456%40g.us/invite-code')).data.inviteCode,
  ];
  if (!results.every((r) => r === CODE)) throw new Error(`a client returned a wrong code: ${results}`);
}
await check();

summary(() => {
  bench('raw fetch + json()', async () => {
    const res = await inProcessFetch(URL_, { headers: HEADERS });
    do_not_optimize((await res.json()).inviteCode);
  }).baseline(true);
  bench('@wasend/core getGroupInviteCode', async () => {
    do_not_optimize(await wasend.getGroupInviteCode('default', '120363025988123456@g.us'));
  });
  bench('ofetch alone', async () => {
    do_not_optimize((await ofetchClient(URL_, { headers: HEADERS })).inviteCode);
  });
  bench('axios (fetch adapter)', async () => {
    do_not_optimize(
      (await axiosClient.get('/default/groups/120363025988123456%40g.us/invite-code')).data.inviteCode,
    );
  });
});

console.log(`node ${process.version} · ${process.platform} ${process.arch}`);
await run();
