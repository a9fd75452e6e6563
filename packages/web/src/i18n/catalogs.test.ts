import { describe, expect, it } from 'vitest';
import { en, zhCN } from './catalogs.ts';

/** i18next plural forms (`_one`, `_other` …) are one message. */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function keysOf(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => keysOf(value, prefix ? `${prefix}.${key}` : key));
}

function messageKeys(tree: unknown): string[] {
  return [...new Set(keysOf(tree).map((key) => key.replace(PLURAL_SUFFIX, '')))].sort();
}

/** The variables of a message; a format (`{{object, inSentence}}`) is the language's own business. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)(?:\s*,[^}]*)?\}\}/g)].map((match) => match[1] ?? '').sort();
}

function leafMap(tree: unknown): Map<string, string> {
  const map = new Map<string, string>();
  const walk = (node: unknown, prefix: string) => {
    if (typeof node === 'string') map.set(prefix.replace(PLURAL_SUFFIX, ''), node);
    else if (typeof node === 'object' && node !== null)
      for (const [key, value] of Object.entries(node)) walk(value, prefix ? `${prefix}.${key}` : key);
  };
  walk(tree, '');
  return map;
}

describe('UI message catalogs', () => {
  it('have the same messages in Chinese and English', () => {
    expect(messageKeys(en)).toEqual(messageKeys(zhCN));
  });

  it('have no empty message', () => {
    for (const [key, text] of [...leafMap(zhCN), ...leafMap(en)]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    const english = leafMap(en);
    for (const [key, chinese] of leafMap(zhCN)) {
      expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(chinese));
    }
  });

  it('name every object and action in both languages', () => {
    for (const catalog of [zhCN, en]) {
      expect(Object.keys(catalog.objects)).toHaveLength(21);
      expect(Object.keys(catalog.actions).sort()).toEqual([
        'approve',
        'assign',
        'create',
        'delete',
        'export',
        'import',
        'read',
        'update',
      ]);
    }
  });
});
