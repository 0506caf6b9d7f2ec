// `wasend contacts …`: a session's contacts, and whether a number is on WhatsApp.
import type { Contact } from '@wasend/core';
import type { WasendClient } from '../client';
import type { Command } from './commands';
import { ExitCode } from './exitCodes';
import { cell, labelled, type Output, table, toJson } from './format';

export type ContactsCommand = Extract<Command, `contacts ${string}`>;

interface ContactsArgs {
  command: ContactsCommand;
  operands: string[];
  json: boolean;
  limit?: number;
}

/** Runs one `wasend contacts …` command. */
export async function runContactsCommand(args: ContactsArgs, client: WasendClient): Promise<Output> {
  const [session = '', who = ''] = args.operands;
  const out = (json: unknown, text: string): Output => ({ text: args.json ? toJson(json) : text });
  switch (args.command) {
    case 'contacts list': {
      const contacts = await client.getContacts(session, {
        ...(args.limit !== undefined && { limit: args.limit }),
      });
      return out(contacts, contactsTable(contacts));
    }
    case 'contacts get': {
      const found = await client.getContact(session, who);
      // A server that knows no such contact may answer 404 (exit 4 through the error) or nothing.
      if (found === null) return { notice: `no such contact: ${who}`, exitCode: ExitCode.notFound };
      return out(found, contactDetails(found));
    }
    case 'contacts check': {
      // Either answer is a success: exit 0, the answer in the text.
      const result = await client.checkContactExists(session, who);
      const text = result.exists
        ? `on WhatsApp${result.chatId ? `: ${result.chatId}` : ''}`
        : 'not on WhatsApp';
      return out(result, text);
    }
  }
}

function contactsTable(contacts: Contact[]): string {
  if (contacts.length === 0) return 'no contacts';
  return table(
    ['id', 'name', 'push name', 'phone'],
    contacts.map((c) => [c.id, cell(c.name), cell(c.pushName), cell(c.phoneNumber)]),
  );
}

function contactDetails(contact: Contact): string {
  return labelled([
    ['id', contact.id],
    ['name', contact.name],
    ['push name', contact.pushName],
    ['phone', contact.phoneNumber],
  ]);
}
