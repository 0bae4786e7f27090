/** An in-text link, as the other pages draw them. */
export const linkClass =
  'text-blue-900 underline outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow';
