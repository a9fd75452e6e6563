import { Liquid, LiquidError } from 'liquidjs';

/**
 * The Liquid engines of email templates (LiquidJS: no code runs, only variables, filters and tags). Filters
 * must exist (`strictFilters`: a typo fails when the template is saved); `include`, `render` and `layout`
 * find no files (an empty in-memory set: a template cannot read the disk); time and memory of one render
 * are capped. The HTML engine escapes every value it writes (`{{ lead.name }}` of `<b>` shows `&lt;b&gt;`),
 * the text engine (subjects) writes values as they are.
 */
const LIMITS = { parseLimit: 100_000, renderLimit: 1_000, memoryLimit: 10_000_000 };

const common = {
  strictFilters: true,
  ownPropertyOnly: true,
  templates: {},
  ...LIMITS,
};

export const htmlLiquid = new Liquid({ ...common, outputEscape: 'escape' });
export const textLiquid = new Liquid(common);

/** A template that did not parse or render: Liquid's own message (with line and column). */
export class TemplateError extends Error {
  constructor(
    /** `subject` or `body`. */
    readonly part: 'subject' | 'body',
    message: string,
  ) {
    super(message);
    this.name = 'TemplateError';
  }
}

/** The message of a Liquid error, or rethrows anything else. */
export function liquidMessage(error: unknown): string {
  if (error instanceof LiquidError) return error.message;
  if (error instanceof Error && /limit exceeded/i.test(error.message)) return error.message;
  throw error;
}
