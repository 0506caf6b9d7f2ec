// Group picture, description, subject and the two admin-only settings (docs/contract.md, "Groups").
// Order: body (400 / engine crash) → group → admin → change.
import type { ApiContext } from './apiContext';
import { booleanQuery } from './apiRequest';
import type { Rendered } from './dialects/common';
import type { AdminOnlyKind } from './dialects/groupRendering';
import { groupRenderers } from './dialects/groups';
import { type Read, readAdminOnly, readDescription, readPicture, readSubject } from './groupBodies';
import { canAdminister } from './groupModel';
import { userOf } from './jids';
import type { EndpointName, GroupState, SessionState } from './types';

export function runGroupSettingsApi(
  ctx: ApiContext,
  name: EndpointName,
  session: SessionState,
  group: GroupState | undefined,
  groupId: string,
): Rendered {
  const { state, request, errors } = ctx;
  const render = groupRenderers(state.dialect);

  // Reads: the group must be visible; any member may read.
  if (
    name === 'getGroupPicture' ||
    name === 'getGroupInfoAdminOnly' ||
    name === 'getGroupMessagesAdminOnly'
  ) {
    if (name === 'getGroupPicture' && booleanQuery(request, 'refresh') === null) {
      return errors.error(400, 'refresh must be a boolean value');
    }
    if (!group) return errors.groupNotFound(request, groupId);
    if (name === 'getGroupPicture') return render.picture(group);
    return render.adminOnly(name === 'getGroupInfoAdminOnly' ? 'info' : 'messages', group);
  }

  /** Runs `apply` once the body was read and `me` may change the group. */
  const change = <T>(read: Read<T>, apply: (value: T, group: GroupState) => Rendered): Rendered => {
    if ('fail' in read) return read.fail;
    if (!group) return errors.groupNotFound(request, groupId);
    if (!canAdminister(group, session.me)) return errors.notAdmin(request, name);
    return apply(read.ok, group);
  };

  switch (name) {
    case 'setGroupPicture':
      return change(readPicture(ctx), (input, g) => {
        const size = input.data === undefined ? null : base64Size(input.data);
        // A picture sent as data gets a CDN-style URL of its own, new on every change.
        const url = input.url ?? `https://pps.whatsapp.net/v/mock/${userOf(g.id)}-${ctx.now}.${input.format}`;
        g.picture = { url, format: input.format, size };
        return render.pictureSet(g);
      });
    case 'deleteGroupPicture':
      return change({ ok: null }, (_, g) => {
        g.picture = null;
        return render.pictureDeleted();
      });
    case 'setGroupDescription':
      return change(readDescription(ctx), (description, g) => {
        g.description = description;
        return render.descriptionSet(g);
      });
    case 'setGroupSubject':
      return change(readSubject(ctx), (subject, g) => {
        g.name = subject;
        return render.subjectSet(g);
      });
    case 'setGroupInfoAdminOnly':
    case 'setGroupMessagesAdminOnly': {
      const kind: AdminOnlyKind = name === 'setGroupInfoAdminOnly' ? 'info' : 'messages';
      return change(readAdminOnly(ctx), (enabled, g) => {
        const stamp = { at: new Date(ctx.now).toISOString(), by: session.me };
        if (kind === 'info') {
          g.isLocked = enabled;
          g.infoAdminOnlyChange = stamp;
        } else {
          g.isAnnounce = enabled;
          g.messagesAdminOnlyChange = stamp;
        }
        return render.adminOnlySet(kind, g);
      });
    }
    default:
      // Every route name reaches exactly one handler; this one is only for the names above.
      throw new Error(`not a settings endpoint: ${name}`);
  }
}

/** Decoded size of base64 text (a `data:` prefix and whitespace ignored). */
function base64Size(data: string): number {
  const text = data.replace(/^data:[^,]*,/, '').replace(/\s/g, '');
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((text.length * 3) / 4) - padding);
}
