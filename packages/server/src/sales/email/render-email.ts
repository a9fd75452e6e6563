import type { Locale } from '@lodestar/shared';
import { htmlLiquid, liquidMessage, TemplateError, textLiquid } from './liquid-engine.ts';
import type { MergeData } from './merge-data.ts';

/** A template's texts: a Liquid subject and body. */
export interface TemplateSource {
  language: Locale;
  subject: string;
  body: string;
}

/** A rendered email. */
export interface RenderedEmail {
  subject: string;
  /** A whole HTML document. */
  html: string;
  /** The plain-text alternative. */
  text: string;
}

/** Bodies written with their own paragraphs keep their layout; any other body keeps its line breaks. */
const HAS_BLOCKS = /<(p|div|br|table|ul|ol|h[1-6])[\s>/]/i;

const FOOTER: Record<Locale, (url: string) => string> = {
  'zh-CN': (url) => `不想再收到此类邮件？<a href="${url}">退订</a>`,
  en: (url) => `Don’t want these emails? <a href="${url}">Unsubscribe</a>`,
};

const escapeAttribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * Renders a template with its merge data: the subject as one line of text, the body as HTML with every
 * merged value escaped, plus a plain-text alternative. A body that does not use `{{ unsubscribe_url }}` gets
 * a footer with the link, so that every email carries one. `strict` fails on variables that do not exist
 * (saving a template); sending leaves them empty. Throws `TemplateError` naming the part at fault.
 */
export async function renderEmail(
  template: TemplateSource,
  data: MergeData,
  { strict = false }: { strict?: boolean } = {},
): Promise<RenderedEmail> {
  const options = { strictVariables: strict };
  let subject: string;
  try {
    subject = await textLiquid.parseAndRender(template.subject, data, options);
  } catch (error) {
    throw new TemplateError('subject', liquidMessage(error));
  }
  let body: string;
  try {
    body = await htmlLiquid.parseAndRender(template.body, data, options);
  } catch (error) {
    throw new TemplateError('body', liquidMessage(error));
  }
  if (!HAS_BLOCKS.test(body)) body = body.replace(/\r?\n/g, '<br>\n');
  if (!template.body.includes('unsubscribe_url'))
    body += `\n<p style="margin-top:32px;color:#8c8c8c;font-size:12px">${FOOTER[template.language](escapeAttribute(data.unsubscribe_url))}</p>`;
  return {
    subject: subject.replace(/\s+/g, ' ').trim(),
    html: `<!doctype html>\n<html lang="${template.language}"><head><meta charset="utf-8"></head><body style="font-family:-apple-system,'PingFang SC','Microsoft YaHei',Arial,sans-serif;font-size:14px;line-height:1.6;color:#262626">\n${body}\n</body></html>`,
    text: htmlToText(body),
  };
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  '#x27': "'",
  nbsp: ' ',
};

/** The text of an HTML fragment: links as `text (url)`, blocks and breaks as new lines, tags dropped. */
export function htmlToText(html: string): string {
  return html
    .replace(/<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_, href: string, text: string) =>
      text.trim() === href ? href : `${text} (${href})`,
    )
    .replace(/<br\s*\/?>\n?/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|tr)>\n?/gi, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name] ?? whole)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
