import { Button } from '@kakehashi/web-ui';
import { messages } from './messages';

/** A page that failed to load says so in Japanese and offers a retry (never a blank screen or an English stack). */
export function RouteFailure() {
  return (
    <div role="alert" className="mx-auto max-w-screen-md px-4 py-12">
      <h1 className="text-2xl font-bold">{messages.failure.title}</h1>
      <p className="mt-4">{messages.failure.body}</p>
      <Button className="mt-6" onPress={() => window.location.reload()}>
        {messages.failure.retry}
      </Button>
    </div>
  );
}
