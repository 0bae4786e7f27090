export * from './japanese-text';
export * from './corporate-number';
export * from './skill-text';
