import { OPPORTUNITY_PIPELINE_EXTENSION } from '../modules/kanban/opportunity-extension.tsx';
import type { ObjectExtension } from '../modules/records/utils/object-extension.ts';

/**
 * The features' extensions of the generated record pages, by object api name. A feature adds its object's
 * extension here; objects without one get the generic pages.
 */
export const OBJECT_EXTENSIONS: Partial<Record<string, ObjectExtension>> = {
  opportunity: { ...OPPORTUNITY_PIPELINE_EXTENSION },
};

/** The extension of `object`, or an empty one. */
export function objectExtension(object: string): ObjectExtension {
  return OBJECT_EXTENSIONS[object] ?? {};
}
