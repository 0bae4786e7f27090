export * from './calendar-date';
export * from './japanese-era';
