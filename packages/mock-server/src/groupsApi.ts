// The `/{session}/groups` area: session checks, then each endpoint (docs/contract.md, "Groups"). Settings and
// participants live in their own files; the invite endpoints in invitesApi.ts.
import { type ApiContext, isEngineDialect, isHttpUrl } from './apiContext';
import { bodyObject, queryAll } from './apiRequest';
import type { Rendered } from './dialects/common';
import type { Page } from './dialects/groupRendering';
import { groupRenderers } from './dialects/groups';
import { readParticipants } from './groupBodies';
import { createGroup, findVisibleGroup, leave, visibleGroups } from './groupModel';
import { runGroupParticipantsApi } from './groupParticipantsApi';
import { runGroupSettingsApi } from './groupSettingsApi';
import { runInvitesApi } from './invitesApi';
import type { Route } from './routes';
import type { GroupState, SessionState } from './types';
import { workingSession } from './workingSession';

const INVITE_ENDPOINTS = new Set([
  'getGroupInviteCode',
  'revokeGroupInviteCode',
  'getGroupJoinInfo',
  'joinGroup',
]);

export function runGroupsApi(ctx: ApiContext, route: Route): Rendered {
  const { state, errors } = ctx;
  const gate = workingSession(ctx, route.name, route.session ?? '');
  if ('fail' in gate) return gate.fail;
  const session = gate.ok;

  if (INVITE_ENDPOINTS.has(route.name)) return runInvitesApi(ctx, route, session);
  switch (route.name) {
    case 'createGroup':
      return create(ctx, session);
    case 'getGroups':
      return list(ctx, session);
    case 'getGroupsCount':
      return groupRenderers(state.dialect).count(visibleGroups(state, session.id, session.me).length);
  }
  const groupId = route.group ?? '';
  const group = findVisibleGroup(state, session.id, session.me, groupId);
  switch (route.name) {
    case 'getGroup':
      return group ? groupRenderers(state.dialect).one(group) : errors.groupNotFound(ctx.request, groupId);
    case 'leaveGroup':
      if (!group) return errors.groupNotFound(ctx.request, groupId);
      leave(group, session.me);
      return groupRenderers(state.dialect).left();
    case 'getGroupParticipants':
    case 'addGroupParticipants':
    case 'removeGroupParticipants':
    case 'promoteGroupParticipants':
    case 'demoteGroupParticipants':
      return runGroupParticipantsApi(ctx, route.name, session, group, groupId);
    default:
      return runGroupSettingsApi(ctx, route.name, session, group, groupId);
  }
}

/** Create: Wasend validates its body; WAHA reads `name` and `participants[].id` only (Q24). */
function create(ctx: ApiContext, session: SessionState): Rendered {
  const { state, errors, request } = ctx;
  const body = bodyObject(request);
  const engine = isEngineDialect(state.dialect);
  const name = typeof body.name === 'string' && body.name.trim() !== '' ? body.name : undefined;
  if (name === undefined) {
    return engine
      ? errors.engineError(request, 'bad-request')
      : errors.error(400, 'name must be a non-empty string');
  }
  const participants = readParticipants(ctx, body.participants);
  if ('fail' in participants) return participants.fail;
  const invalid = participants.ok.findIndex((p) => p.jid === null);
  if (invalid !== -1) {
    return engine
      ? errors.engineError(request, 'bad-request')
      : errors.error(400, `participants[${invalid}] is not a phone number or user JID`);
  }
  let description = '';
  if (!engine) {
    if (body.description !== undefined && typeof body.description !== 'string') {
      return errors.error(400, 'description must be a string');
    }
    if (body.pictureUrl !== undefined && !isHttpUrl(body.pictureUrl)) {
      return errors.error(400, 'pictureUrl must be an http(s) URL');
    }
    description = (body.description as string | undefined) ?? '';
  }
  const members = participants.ok.map((p) => p.jid as string);
  const group = createGroup(
    state,
    {
      session: session.id,
      me: session.me,
      name,
      description,
      members,
      admins: engine ? [] : participants.ok.filter((p) => p.isAdmin).map((p) => p.jid as string),
    },
    ctx.now,
  );
  if (!engine && typeof body.pictureUrl === 'string') {
    group.picture = { url: body.pictureUrl, format: 'jpeg', size: null };
  }
  return groupRenderers(state.dialect).created(group);
}

/** Sort keys each side accepts: WAHA validates `id|subject` (400 otherwise); Wasend names more. */
const ENGINE_SORT_KEYS = ['id', 'subject'];
const WASEND_SORT_KEYS = ['id', 'subject', 'name', 'creation', 'createdAt', 'participantsCount'];

const SORT_VALUE: Record<string, (g: GroupState) => string | number> = {
  id: (g) => g.id,
  subject: (g) => g.name,
  name: (g) => g.name,
  creation: (g) => g.createdAt,
  createdAt: (g) => g.createdAt,
  participantsCount: (g) => g.members.length,
};

function list(ctx: ApiContext, session: SessionState): Rendered {
  const { state, request, errors } = ctx;
  const { sortBy, sortOrder, limit, offset } = request.query;
  const sortKeys = isEngineDialect(state.dialect) ? ENGINE_SORT_KEYS : WASEND_SORT_KEYS;
  if (sortBy !== undefined && !sortKeys.includes(sortBy)) {
    return errors.error(400, `sortBy must be one of the following values: ${sortKeys.join(', ')}`);
  }
  if (sortOrder !== undefined && sortOrder !== 'asc' && sortOrder !== 'desc') {
    return errors.error(400, 'sortOrder must be one of the following values: desc, asc');
  }
  for (const [name, value] of [
    ['limit', limit],
    ['offset', offset],
  ] as const) {
    if (value !== undefined && !/^\d+$/.test(value)) {
      return errors.error(400, `${name} must be a number conforming to the specified constraints`);
    }
  }
  const exclude = queryAll(request, 'exclude');
  if (exclude.some((e) => e !== 'participants')) {
    return errors.error(400, 'each value in exclude must be one of the following values: participants');
  }

  let groups = visibleGroups(state, session.id, session.me);
  if (sortBy !== undefined) {
    const value = SORT_VALUE[sortBy] as (g: GroupState) => string | number;
    const sign = sortOrder === 'desc' ? -1 : 1;
    groups = [...groups].sort((a, b) => (value(a) < value(b) ? -sign : value(a) > value(b) ? sign : 0));
  }
  const page: Page = {
    total: groups.length,
    offset: offset === undefined ? 0 : Number(offset),
    limit: limit === undefined ? undefined : Number(limit),
  };
  const end = page.limit === undefined ? undefined : page.offset + page.limit;
  return groupRenderers(state.dialect).list(groups.slice(page.offset, end), page, exclude.length === 0);
}
