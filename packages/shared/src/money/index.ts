export * from './allocate.ts';
export * from './chinese-capital.ts';
export * from './cny-amount-schema.ts';
export * from './decimal.ts';
export * from './format-cny.ts';
export * from './line-amounts.ts';
export * from './money.ts';
export * from './rounding.ts';
