export * from './conditions.ts';
export * from './formula/index.ts';
export * from './locales.ts';
export * from './money/index.ts';
export * from './permissions.ts';
export * from './problem.ts';
export * from './quote/index.ts';
export * from './validators/index.ts';
