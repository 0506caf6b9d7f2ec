// Reading the Chats endpoints' query strings (docs/contract.md, "Chats"). WAHA's chats
// controller validates every query (400), and so does Wasend: the checks are the same in every
// dialect, except `filter.ack`, which WAHA takes as one ack name and Wasend also as numbers.
import { type ApiContext, isEngineDialect, type Read } from './apiContext';
import { booleanQuery, queryAll } from './apiRequest';
import { ACK_NAMES } from './chatTypes';

export interface Pagination {
  limit: number | undefined;
  offset: number;
}

export type SortOrder = 'asc' | 'desc';

/** Non-negative integers, each optional. */
function integers<K extends string>(ctx: ApiContext, names: readonly K[]): Read<Partial<Record<K, number>>> {
  const out: Partial<Record<K, number>> = {};
  for (const name of names) {
    const value = ctx.request.query[name];
    if (value === undefined) continue;
    if (!/^\d+$/.test(value)) {
      return {
        fail: ctx.errors.error(400, `${name} must be a number conforming to the specified constraints`),
      };
    }
    out[name] = Number(value);
  }
  return { ok: out };
}

function oneOf<T extends string>(ctx: ApiContext, name: string, allowed: readonly T[]): Read<T | undefined> {
  const value = ctx.request.query[name];
  if (value === undefined || allowed.includes(value as T)) return { ok: value as T | undefined };
  return {
    fail: ctx.errors.error(400, `${name} must be one of the following values: ${allowed.join(', ')}`),
  };
}

function flag(ctx: ApiContext, name: string): Read<boolean | undefined> {
  const value = booleanQuery(ctx.request, name);
  return value === null ? { fail: ctx.errors.error(400, `${name} must be a boolean value`) } : { ok: value };
}

export const CHAT_SORT_KEYS = ['conversationTimestamp', 'id', 'name'] as const;

/** getAllChats: `limit`, `offset`, `sortBy`, `sortOrder`. */
export function readChatsQuery(
  ctx: ApiContext,
): Read<Pagination & { sortBy: (typeof CHAT_SORT_KEYS)[number] | undefined; sortOrder: SortOrder }> {
  const numbers = integers(ctx, ['limit', 'offset'] as const);
  if ('fail' in numbers) return numbers;
  const sortBy = oneOf(ctx, 'sortBy', CHAT_SORT_KEYS);
  if ('fail' in sortBy) return sortBy;
  const sortOrder = oneOf(ctx, 'sortOrder', ['desc', 'asc'] as const);
  if ('fail' in sortOrder) return sortOrder;
  const { limit, offset = 0 } = numbers.ok;
  return { ok: { limit, offset, sortBy: sortBy.ok, sortOrder: sortOrder.ok ?? 'asc' } };
}

/**
 * getChatsOverview: `limit` (default 20), `offset`, `ids` as repeated keys. Wasend also splits a
 * comma-joined value (the official SDK's form); WAHA reads that as one id.
 */
export function readOverviewQuery(ctx: ApiContext): Read<Pagination & { ids: string[] | undefined }> {
  const numbers = integers(ctx, ['limit', 'offset'] as const);
  if ('fail' in numbers) return numbers;
  const raw = queryAll(ctx.request, 'ids');
  const ids = isEngineDialect(ctx.state.dialect)
    ? raw
    : raw.flatMap((v) => v.split(',')).filter((v) => v !== '');
  return {
    ok: {
      limit: numbers.ok.limit ?? 20,
      offset: numbers.ok.offset ?? 0,
      ids: raw.length === 0 ? undefined : ids,
    },
  };
}

/** readMessages: `messages` (how many latest) and `days`, positive integers. */
export function readReadQuery(ctx: ApiContext): Read<{ messages?: number; days?: number }> {
  const numbers = integers(ctx, ['messages', 'days'] as const);
  if ('fail' in numbers) return numbers;
  for (const [name, value] of Object.entries(numbers.ok)) {
    if (value === 0) return { fail: ctx.errors.error(400, `${name} must not be less than 1`) };
  }
  return numbers;
}

export interface MessagesQuery extends Pagination {
  limit: number;
  downloadMedia: boolean;
  sortOrder: SortOrder;
  gte: number | undefined;
  lte: number | undefined;
  fromMe: boolean | undefined;
  /** Ack numbers (-1…4) to keep; undefined = all. */
  acks: number[] | undefined;
}

/**
 * getMessages: `limit` (default 10), `offset`, `downloadMedia` (default true), `sortBy`
 * (`timestamp`, `messageTimestamp`), `sortOrder` (default desc: newest first),
 * `filter.timestamp.gte|lte`, `filter.fromMe`, `filter.ack`.
 */
export function readMessagesQuery(ctx: ApiContext): Read<MessagesQuery> {
  const numbers = integers(ctx, ['limit', 'offset', 'filter.timestamp.gte', 'filter.timestamp.lte'] as const);
  if ('fail' in numbers) return numbers;
  const downloadMedia = flag(ctx, 'downloadMedia');
  if ('fail' in downloadMedia) return downloadMedia;
  const fromMe = flag(ctx, 'filter.fromMe');
  if ('fail' in fromMe) return fromMe;
  const sortBy = oneOf(ctx, 'sortBy', ['timestamp', 'messageTimestamp'] as const);
  if ('fail' in sortBy) return sortBy;
  const sortOrder = oneOf(ctx, 'sortOrder', ['desc', 'asc'] as const);
  if ('fail' in sortOrder) return sortOrder;
  const acks = readAcks(ctx);
  if ('fail' in acks) return acks;
  const n = numbers.ok;
  return {
    ok: {
      limit: n.limit ?? 10,
      offset: n.offset ?? 0,
      downloadMedia: downloadMedia.ok ?? true,
      sortOrder: sortOrder.ok ?? 'desc',
      gte: n['filter.timestamp.gte'],
      lte: n['filter.timestamp.lte'],
      fromMe: fromMe.ok,
      acks: acks.ok,
    },
  };
}

/** WAHA: one ack name. Wasend: names or numbers (-1…4), comma-joined as the official SDK sends them. */
function readAcks(ctx: ApiContext): Read<number[] | undefined> {
  const value = ctx.request.query['filter.ack'];
  if (value === undefined) return { ok: undefined };
  const byName = (name: string) => ACK_NAMES.indexOf(name as (typeof ACK_NAMES)[number]) - 1;
  if (isEngineDialect(ctx.state.dialect)) {
    return byName(value) >= -1
      ? { ok: [byName(value)] }
      : {
          fail: ctx.errors.error(
            400,
            `filter.ack must be one of the following values: ${ACK_NAMES.join(', ')}`,
          ),
        };
  }
  const acks: number[] = [];
  for (const part of value.split(',')) {
    const ack = /^-?\d$/.test(part) ? Number(part) : byName(part);
    if (ack < -1 || ack > 4) {
      return {
        fail: ctx.errors.error(400, 'filter.ack must be ack numbers (-1 to 4) or names, comma-separated'),
      };
    }
    acks.push(ack);
  }
  return { ok: acks };
}
