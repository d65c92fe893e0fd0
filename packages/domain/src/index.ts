export * from './enums.js';
export * from './labels.js';
export * from './last-mover-text.js';
