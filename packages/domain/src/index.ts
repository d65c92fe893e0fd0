export * from './enums.js';
export * from './labels.js';
export * from './last-mover-text.js';
export * from './access.js';
export * from './limits.js';
