export * from './check-formula.ts';
export * from './evaluate-formula.ts';
export * from './formula-ast.ts';
export * from './parse-formula.ts';
