// Which group renderer each dialect uses. Each family lives in its own file: Wasend's docs/SDK
// shapes, Baileys (NOWEB), whatsmeow (GOWS) and whatsapp-web.js (WEBJS).
import type { Dialect } from '../types';
import type { GroupRenderers } from './groupRendering';
import { baileysGroups } from './groupsBaileys';
import { gowsGroups } from './groupsGows';
import { wasendGroups } from './groupsWasend';
import { webjsGroups } from './groupsWebjs';

const RENDERERS: Record<Dialect, GroupRenderers> = {
  docs: wasendGroups({ wrapped: true }),
  'json-string': wasendGroups({ wrapped: false }),
  waha: baileysGroups({ whatsAppNet: false, withSize: true }),
  noweb: baileysGroups({ whatsAppNet: true, withSize: false }),
  gows: gowsGroups,
  webjs: webjsGroups,
};

export function groupRenderers(dialect: Dialect): GroupRenderers {
  return RENDERERS[dialect];
}
