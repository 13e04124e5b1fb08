/** A guide's title -> the provider's name and, when the title says it, its auth type. */
import type { AuthType } from '../../schema/guide.js';

export interface TitleParts {
  name: string;
  authType?: AuthType;
}

/** `Connect Flatchr with API Key – StackOne Hub` -> Flatchr, api_key. */
export function parseTitle(title: string): TitleParts {
  const bare = title.replace(/\s+[–—|-]\s+[^–—|]*$/, '').trim();
  const match = /^connect\s+(.+?)\s+(?:with|using|via|by)\s+(.+)$/i.exec(bare);
  if (!match) return { name: bare.replace(/^connect\s+/i, '').trim() };
  return { name: match[1]!.trim(), authType: authTypeOf(match[2]!) };
}

function authTypeOf(words: string): AuthType {
  if (/oauth\s*1/i.test(words)) return 'oauth1';
  if (/oauth|sign[\s-]?in|\bsso\b/i.test(words)) return 'oauth2';
  if (/basic|user\s*name|password|login/i.test(words)) return 'basic';
  if (/key|token|secret|credential/i.test(words)) return 'api_key';
  return 'custom';
}
