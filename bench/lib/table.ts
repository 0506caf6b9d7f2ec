// A result section: what every bench script prints and the report writes into BENCHMARKS.md.

export interface Budget {
  /** What the issue asks, e.g. "ours ≤ 2.0× raw fetch". */
  rule: string;
  /** The measured figure the rule is checked against, e.g. "1.41×". */
  measured: string;
  met: boolean;
}

export interface Section {
  title: string;
  /** How it was measured, in one paragraph. */
  method: string;
  columns: string[];
  rows: string[][];
  budgets?: Budget[];
  notes?: string[];
  /** Further tables after the main one, each under its own caption. */
  tables?: { caption: string; columns: string[]; rows: string[][] }[];
}

export function markdownTable(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  // Right-align the columns whose first cell starts with a figure.
  const rule = columns.map((_, i) => (/^[\d.—-]/.test(rows[0]?.[i] ?? '') ? '---:' : '---'));
  return [line(columns), line(rule), ...rows.map(line)].join('\n');
}

export function budgetLines(budgets: readonly Budget[]): string[] {
  return budgets.map((b) => `- ${b.met ? '✅ met' : '❌ missed'}: ${b.rule} (measured ${b.measured})`);
}

export function renderSection(section: Section, heading = '##'): string {
  const parts = [`${heading} ${section.title}`, section.method, markdownTable(section.columns, section.rows)];
  for (const t of section.tables ?? []) parts.push(t.caption, markdownTable(t.columns, t.rows));
  if (section.budgets?.length) parts.push(budgetLines(section.budgets).join('\n'));
  if (section.notes?.length) parts.push(section.notes.map((n) => `- ${n}`).join('\n'));
  return parts.join('\n\n');
}

/**
 * Prints the section, and when BENCH_JSON names a file (the report runner sets it), writes the
 * section there as JSON so one run can gather every table.
 */
export async function emit(section: Section): Promise<void> {
  console.log(`\n${renderSection(section)}\n`);
  const out = process.env.BENCH_JSON;
  if (out) {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(out, JSON.stringify(section));
  }
}

/** A duration given in milliseconds, in µs below 1 ms. */
export function duration(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms < 1) return `${(ms * 1000).toFixed(2)} µs`;
  return `${ms.toFixed(ms < 100 ? 2 : 0)} ms`;
}
export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(2)} KiB`;
export const perSecond = (n: number): string => `${Math.round(n).toLocaleString('en-US')}/s`;
