export * from './lead-form-protocol.ts';
export * from './lead-form-snippet.ts';
