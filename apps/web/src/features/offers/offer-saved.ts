// After a save the form leads to the offer's page, which says so once (history state: a reload does not repeat it).
declare module '@tanstack/react-router' {
  interface HistoryState {
    offerSaved?: 'created' | 'updated';
  }
}

export {};
