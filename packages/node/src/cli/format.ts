// Turning results into what the terminal shows: tables, "label: value" lines, and JSON.
import type { ExitCodeValue } from './exitCodes';

/**
 * What a command prints: `text` (if any) to stdout, then `notice` (if any) as one `wasend: …` line
 * on stderr; it exits with `exitCode` (default 0).
 */
export interface Output {
  text?: string;
  notice?: string;
  exitCode?: ExitCodeValue;
}

/** The result as indented JSON, without `raw` (the server's own answer) on it or on its items. */
export function toJson(value: unknown): string {
  const strip = (item: unknown) => {
    if (item === null || typeof item !== 'object' || !('raw' in item)) return item;
    const { raw: _raw, ...rest } = item as Record<string, unknown>;
    return rest;
  };
  return JSON.stringify(Array.isArray(value) ? value.map(strip) : strip(value), null, 2);
}

/** Columns padded to their widest cell, two spaces apart, under an upper-case header. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const lines = [header.map((title) => title.toUpperCase()), ...rows];
  const widths = header.map((_, column) => Math.max(...lines.map((cells) => (cells[column] ?? '').length)));
  return lines
    .map((cells) =>
      cells
        .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
        .join('  '),
    )
    .join('\n');
}

/** One "label: value" line per value that is there, the values lined up. */
export function labelled(pairs: ReadonlyArray<readonly [string, unknown]>): string {
  const shown = pairs.filter(([, value]) => value !== undefined && value !== null && value !== '');
  const width = Math.max(...shown.map(([label]) => label.length)) + 2;
  return shown.map(([label, value]) => `${`${label}:`.padEnd(width)}${String(value)}`).join('\n');
}

/** A boolean setting as the `on`/`off` the commands take. */
export function onOff(value: boolean | undefined): 'on' | 'off' | undefined {
  return value === undefined ? undefined : value ? 'on' : 'off';
}

/** A cell for a value the server may leave out. */
export function cell(value: unknown): string {
  return value === undefined || value === null || value === '' ? '-' : String(value);
}

/** Unix seconds as an ISO time without milliseconds (`2023-11-14T22:13:20Z`). */
export function isoTime(seconds: number | undefined): string | undefined {
  if (seconds === undefined || !Number.isFinite(seconds)) return undefined;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace(/\.000Z$/, 'Z');
}

/** Text on one line: line breaks (and the spaces around them) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
