import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { messages } from './messages';

/** Any path the app does not know, signed in or not. */
export function NotFoundPage() {
  useEffect(() => {
    document.title = `${messages.notFound.title} | ${messages.productName}`;
  }, []);
  return (
    <main id="main" className="mx-auto max-w-screen-md px-4 py-12">
      <h1 className="text-2xl font-bold">{messages.notFound.title}</h1>
      <p className="mt-4">{messages.notFound.body}</p>
      <p className="mt-6">
        <Link to="/" className="font-bold text-blue-900 underline">
          {messages.notFound.home}
        </Link>
      </p>
    </main>
  );
}
