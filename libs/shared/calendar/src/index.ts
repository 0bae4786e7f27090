export * from './calendar-date';
export * from './japanese-era';
export * from './fiscal-year';
