import { Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule as PinoLoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import pino, { type DestinationStream } from 'pino';
import { errorForLog, maskQuoted, REDACTED, sensitiveLogPaths } from './redaction';
import { requestForLog, responseForLog } from './request-log';

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Structured JSON logs (pino) with a request id on every line of a request: taken from an incoming X-Request-Id
 * (a load balancer's) when it is sane, otherwise generated, and echoed in the response.
 */
@Module({})
export class ObservabilityModule {
  static forRoot(options: {
    level: string;
    service: string;
    /** Where the JSON lines go (standard output when absent); tests read them to prove what is never logged. */
    destination?: DestinationStream;
  }): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [
        PinoLoggerModule.forRoot({
          pinoHttp: {
            level: options.level,
            base: { service: options.service },
            genReqId: (req: IncomingMessage, res: ServerResponse) => {
              const incoming = req.headers[REQUEST_ID_HEADER];
              const id =
                typeof incoming === 'string' && /^[A-Za-z0-9._-]{1,128}$/.test(incoming)
                  ? incoming
                  : randomUUID();
              res.setHeader(REQUEST_ID_HEADER, id);
              return id;
            },
            redact: { paths: sensitiveLogPaths(), censor: REDACTED },
            // Every logged error (Nest's own handler logs unexpected ones whole): its kind and frames, never the
            // driver's parameters or a message's quoted values.
            serializers: { err: errorForLog, req: requestForLog, res: responseForLog },
            hooks: {
              // An error logged without a message gets pino's default, the error's own message, which quotes values.
              logMethod(args, method) {
                const [first, second] = args as unknown[];
                const err = first && typeof first === 'object' ? (first as { err?: unknown }).err : undefined;
                if (err instanceof Error && typeof second !== 'string') {
                  return method.call(this, first as object, maskQuoted(err.message));
                }
                return method.apply(this, args);
              },
            },
            // The health checks (readiness and liveness) are polled every few seconds by orchestrators; their lines
            // would drown the rest.
            autoLogging: {
              ignore: (req: IncomingMessage) => req.url === '/health' || req.url === '/health/live',
            },
            // Standard output written asynchronously, off the requests' path: lines logged while a write is in flight
            // go out together in the next one (pino flushes what is pending when the process exits).
            stream: options.destination ?? pino.destination({ dest: 1, sync: false }),
          },
        }),
      ],
      exports: [PinoLoggerModule],
    };
  }
}
