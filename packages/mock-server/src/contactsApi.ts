// The `/contacts` area (docs/contract.md, "Contacts"): the session comes from the query
// (requestSession.ts), then the session checks and each endpoint. Wasend validates ids and phones
// (400); WAHA takes `contactId` as a JID (`@c.us` added to a bare one) and crashes without one.
import { type ApiContext, isEngineDialect, type Read } from './apiContext';
import { booleanQuery } from './apiRequest';
import type { ContactState } from './chatTypes';
import { chattingRenderers } from './dialects/chatting';
import type { Rendered } from './dialects/common';
import { toEngineChatJid, toMemberJid } from './jids';
import { MISSING_JID_MESSAGE } from './messageBodies';
import type { Route } from './routes';
import { workingSession } from './workingSession';

export function runContactsApi(ctx: ApiContext, route: Route): Rendered {
  const gate = workingSession(ctx, route.name, route.session ?? '');
  if ('fail' in gate) return gate.fail;
  const session = gate.ok;
  const { state, errors } = ctx;
  const render = chattingRenderers(state.dialect);
  const contacts = state.contacts.filter((c) => c.session === session.id);

  switch (route.name) {
    case 'getContacts':
      return list(ctx, contacts);
    case 'checkContactExists': {
      const phone = readPhone(ctx);
      if ('fail' in phone) return phone.fail;
      const jid = `${phone.ok}@c.us`;
      const known = contacts.some((c) => c.id === jid && c.onWhatsApp);
      return render.exists(phone.ok, known ? jid : null);
    }
    case 'getContactProfilePicture': {
      if (booleanQuery(ctx.request, 'refresh') === null)
        return errors.error(400, 'refresh must be a boolean value');
      const id = readContactId(ctx);
      if ('fail' in id) return id.fail;
      return render.profilePicture(contacts.find((c) => c.id === id.ok)?.pictureUrl ?? null);
    }
    default: {
      const id = readContactId(ctx);
      if ('fail' in id) return id.fail;
      const contact = contacts.find((c) => c.id === id.ok);
      if (!contact && !isEngineDialect(state.dialect)) return errors.error(404, 'Contact not found');
      return render.contact(contact, id.ok);
    }
  }
}

/** Sorted by `sortBy` (`id`, `name`) when given, else in the scenario's order; then paged. */
function list(ctx: ApiContext, contacts: ContactState[]): Rendered {
  const { sortBy, sortOrder, limit, offset } = ctx.request.query;
  const bad = (message: string) => ctx.errors.error(400, message);
  if (sortBy !== undefined && sortBy !== 'id' && sortBy !== 'name') {
    return bad('sortBy must be one of the following values: id, name');
  }
  if (sortOrder !== undefined && sortOrder !== 'asc' && sortOrder !== 'desc') {
    return bad('sortOrder must be one of the following values: desc, asc');
  }
  for (const [name, value] of [
    ['limit', limit],
    ['offset', offset],
  ] as const) {
    if (value !== undefined && !/^\d+$/.test(value)) {
      return bad(`${name} must be a number conforming to the specified constraints`);
    }
  }
  let sorted = contacts;
  if (sortBy !== undefined) {
    const value = (c: ContactState) => (sortBy === 'id' ? c.id : (c.name ?? ''));
    const sign = sortOrder === 'desc' ? -1 : 1;
    sorted = [...contacts].sort((a, b) => (value(a) < value(b) ? -sign : value(a) > value(b) ? sign : 0));
  }
  const start = offset === undefined ? 0 : Number(offset);
  const page = sorted.slice(start, limit === undefined ? undefined : start + Number(limit));
  return chattingRenderers(ctx.state.dialect).contacts(page);
}

function readContactId(ctx: ApiContext): Read<string> {
  const value = ctx.request.query.contactId;
  if (isEngineDialect(ctx.state.dialect)) {
    return value === undefined
      ? { fail: ctx.errors.engineError(ctx.request, MISSING_JID_MESSAGE, 'TypeError') }
      : { ok: toEngineChatJid(value) };
  }
  const jid = value === undefined ? null : toMemberJid(value);
  return jid === null
    ? { fail: ctx.errors.error(400, 'contactId must be a phone number or a user JID') }
    : { ok: jid };
}

/** The digits of `phone`: WAHA strips what is not a digit; Wasend wants 7–15 of them. */
function readPhone(ctx: ApiContext): Read<string> {
  const value = ctx.request.query.phone;
  if (isEngineDialect(ctx.state.dialect)) {
    return value === undefined
      ? {
          fail: ctx.errors.engineError(
            ctx.request,
            "Cannot read properties of undefined (reading 'replace')",
            'TypeError',
          ),
        }
      : { ok: value.replace(/\D/g, '') };
  }
  const jid = value === undefined || value.includes('@') ? null : toMemberJid(value);
  return jid === null
    ? { fail: ctx.errors.error(400, 'phone must be a phone number') }
    : { ok: jid.slice(0, -'@c.us'.length) };
}
