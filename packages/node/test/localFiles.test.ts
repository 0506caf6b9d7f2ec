// `@wasend/node` only: a media send's `path` is read from disk into `data`, its name as `fileName`;
// core then sends both field spellings as for any bytes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { WasendArgumentError, WasendClient } from '../src/index';

const dir = mkdtempSync(join(tmpdir(), 'wasend-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A client whose fetch records each request's JSON body and answers like the service. */
function recording() {
  const bodies: Record<string, unknown>[] = [];
  const client = new WasendClient({
    apiKey: 'test-key-1234',
    baseUrl: 'https://api.test',
    fetch: async (_input, init) => {
      bodies.push(JSON.parse(String(init?.body)));
      return Response.json({ id: 'msg_1', to: '491701234567@c.us' }, { status: 201 });
    },
  });
  return { client, bodies };
}

describe('media from a local path', () => {
  test('sendFile reads the file; its name gives fileName and the type', async () => {
    const path = join(dir, 'invoice.pdf');
    writeFileSync(path, Uint8Array.from([37, 80, 68, 70]));
    const { client, bodies } = recording();
    await expect(client.sendFile({ session: 's', to: '+491701234567', path })).resolves.toMatchObject({
      id: 'msg_1',
    });
    expect(bodies[0]).toMatchObject({
      data: 'JVBERg==',
      fileName: 'invoice.pdf',
      mimeType: 'application/pdf',
      file: { data: 'JVBERg==', mimetype: 'application/pdf', filename: 'invoice.pdf' },
    });
    expect(bodies[0]).not.toHaveProperty('path');
  });

  test('the (sessionId, request) form too, and a given fileName wins', async () => {
    const path = join(dir, 'photo.png');
    writeFileSync(path, Uint8Array.from([1, 2, 3]));
    const { client, bodies } = recording();
    await client.sendImage('s', { to: '+491701234567', path, fileName: 'cover.png', caption: 'Cover' });
    expect(bodies[0]).toMatchObject({
      data: 'AQID',
      fileName: 'cover.png',
      mimetype: 'image/png',
      caption: 'Cover',
    });
  });

  test('a file that is not there is a WasendArgumentError naming it, and nothing is sent', async () => {
    const { client, bodies } = recording();
    const missing = join(dir, 'missing.ogg');
    const pending = client.sendVoice({ session: 's', to: '+491701234567', path: missing });
    await expect(pending).rejects.toThrow(WasendArgumentError);
    await expect(pending).rejects.toThrow(`path ${JSON.stringify(missing)} could not be read (ENOENT)`);
    expect(bodies).toHaveLength(0);
  });
});
