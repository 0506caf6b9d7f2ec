// `wasend sessions …`: each command is one client call, its result printed as text or JSON.
import type { Session } from '@wasend/core';
import type { WasendClient } from '../client';
import type { Command } from './commands';
import { cell, labelled, type Output, onOff, table, toJson } from './format';
import { renderQr } from './qr';

export type SessionsCommand = Extract<Command, `sessions ${string}`>;

interface SessionsArgs {
  command: SessionsCommand;
  operands: string[];
  json: boolean;
}

/** Runs one `wasend sessions …` command. */
export async function runSessionsCommand(args: SessionsArgs, client: WasendClient): Promise<Output> {
  const [session = '', phone = ''] = args.operands;
  const out = (json: unknown, text: string): Output => ({ text: args.json ? toJson(json) : text });
  switch (args.command) {
    case 'sessions list': {
      const sessions = await client.retrieveAllSessions();
      return out(sessions, sessionsTable(sessions));
    }
    case 'sessions get': {
      const found = await client.retrieveSessionInfo(session);
      return out(found, sessionDetails(found));
    }
    case 'sessions create': {
      // Here the first operand is the new session's name.
      const created = await client.createSession({ sessionName: session, phoneNumber: phone });
      return out(created, created.id);
    }
    case 'sessions start':
      return status(out, await client.startSession(session));
    case 'sessions stop':
      return status(out, await client.stopSession(session));
    case 'sessions restart':
      return status(out, await client.restartSession(session));
    case 'sessions delete':
      await client.deleteSession(session);
      return out({ deleted: session }, `deleted ${session}`);
    case 'sessions qr':
      return qrCode(args, client, session);
  }
}

function status(out: (json: unknown, text: string) => Output, session: Session): Output {
  return out(session, session.status ?? 'ok');
}

/** The QR payload drawn in the terminal; an image-only answer is printed as JSON, and said so. */
async function qrCode(args: SessionsArgs, client: WasendClient, session: string): Promise<Output> {
  const qr = await client.retrieveQRCode(session, { format: 'raw' });
  if (args.json) return { text: toJson(qr) };
  if (qr.value !== undefined) {
    return {
      text: `${renderQr(qr.value)}\nScan it with WhatsApp on the phone: Settings → Linked devices → Link a device.`,
    };
  }
  return {
    text: toJson(qr),
    notice: `the server gave the QR code only as an image (${qr.image?.mimetype}), which cannot be drawn in a terminal: printed as JSON (image.data is base64)`,
  };
}

function sessionsTable(sessions: Session[]): string {
  if (sessions.length === 0) return 'no sessions';
  return table(
    ['id', 'name', 'status', 'phone'],
    sessions.map((s) => [s.id, cell(s.name), cell(s.status), cell(s.phoneNumber)]),
  );
}

function sessionDetails(session: Session): string {
  const { me, webhook } = session;
  return labelled([
    ['id', session.id],
    ['name', session.name],
    ['phone', session.phoneNumber],
    ['status', session.status],
    ['account', me && (me.pushName ? `${me.id} (${me.pushName})` : me.id)],
    ['created', session.createdAt],
    ['updated', session.updatedAt],
    ['account protection', onOff(session.accountProtection)],
    ['message logging', onOff(session.messageLogging)],
    ['webhook', webhook && (webhook.enabled ? `on${webhook.url ? ` ${webhook.url}` : ''}` : 'off')],
  ]);
}
