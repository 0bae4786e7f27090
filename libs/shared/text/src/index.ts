export * from './japanese-text';
export * from './corporate-number';
export * from './skill-text';
export * from './japanese-numbers';
