export * from './quote-totals.ts';
