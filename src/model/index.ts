export * from './record.ts';
export * from './loc.ts';
