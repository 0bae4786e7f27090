/** A link that looks like the web-ui Button (for navigation, which must stay a link). */
export function linkButtonClass(variant: 'primary' | 'secondary'): string {
  const base =
    'inline-flex min-h-11 items-center rounded-8 px-4 py-2 font-bold outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow focus-visible:ring-offset-2';
  return variant === 'primary'
    ? `${base} bg-blue-900 text-white hover:bg-blue-1000`
    : `${base} border border-blue-900 bg-white text-blue-900 hover:bg-blue-50`;
}
