// HTML or text from a gateway reduced to a short message: what an error shows of a page.

const MAX_MESSAGE = 200;
const ENTITIES = { nbsp: ' ', lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' };

/** An HTML page or text reduced to its words: tags, scripts and styles dropped, whitespace collapsed. */
export function plainText(text: string): string | undefined {
  // Linear in the text: a 1 MiB page of unclosed '<', '<!--' or '<script' must not take minutes.
  const plain = dropBlocks(text)
    .replace(/<!--|<[^<>]*>/g, ' ')
    // One pass, so `&amp;lt;` becomes `&lt;` (decoded once), never `<`.
    .replace(/&(nbsp|lt|gt|quot|#39|amp);/g, (_, name: keyof typeof ENTITIES) => ENTITIES[name])
    .replace(/\s+/g, ' ')
    .trim();
  if (!plain) return undefined;
  return plain.length > MAX_MESSAGE ? `${plain.slice(0, MAX_MESSAGE - 1)}…` : plain;
}

const BLOCK_START = /<(script|style)|<!--/gi;

/**
 * Drops `<script>`/`<style>` elements and comments, content included. A scan rather than one lazy
 * regex: once a kind of block has no end in the text, later ones of that kind are not searched again
 * (a regex retries from every start: quadratic, minutes for a 1 MiB page of unclosed tags). An
 * unclosed block stays; its tag is dropped with the others.
 */
function dropBlocks(text: string): string {
  let out = '';
  let copied = 0;
  let from = 0;
  const unclosed = new Set<string>();
  for (;;) {
    BLOCK_START.lastIndex = from;
    const start = BLOCK_START.exec(text);
    if (!start) break;
    const kind = start[1]?.toLowerCase() ?? '!--';
    from = start.index + start[0].length;
    if (unclosed.has(kind)) continue;
    const end = kind === '!--' ? /-->/g : new RegExp(`</${kind}\\s*>`, 'gi');
    end.lastIndex = from;
    if (!end.exec(text)) {
      unclosed.add(kind);
      continue;
    }
    out += `${text.slice(copied, start.index)} `;
    copied = from = end.lastIndex;
  }
  return out + text.slice(copied);
}
