export * from './japanese-text';
export * from './corporate-number';
