export * from './adherence/index.ts';
export * from './catalogue/index.ts';
export * from './dosage.ts';
export * from './dosage-text.ts';
export * from './safety/index.ts';
export * from './schedule/index.ts';
