export * from './email.ts';
export * from './half-width.ts';
export * from './phone.ts';
export * from './url.ts';
