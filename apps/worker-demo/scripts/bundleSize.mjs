// Prints the min+gzip size of the Worker bundle that `pnpm run bundle` (wrangler deploy --dry-run
// --minify --outdir dist) wrote: what Cloudflare would receive, without the static assets.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const files = readdirSync(dist).filter((f) => /\.(m?js)$/.test(f));
let raw = 0;
let gz = 0;
for (const file of files) {
  const code = readFileSync(new URL(file, dist));
  raw += code.length;
  gz += gzipSync(code, { level: 9 }).length;
}
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`worker bundle (${files.join(', ')}): ${kib(raw)} min, ${kib(gz)} min+gzip (${gz} bytes)`);
