/**
 * The server's logger with secrets taken out of every line: credentials inside URIs
 * (NEO4J_URI's user:password) and `?token=` in request URLs, in messages, errors and requests.
 */
import type { FastifyServerOptions } from 'fastify';
import type { Config } from '../db/config';
import { redactSecrets } from '../db/redact';

interface LoggedRequest {
  method?: string;
  url?: string;
  ip?: string;
}

interface ErrorFields {
  [key: string]: unknown;
  type: string;
  message: string;
  stack: string;
}

function errorFields(error: Error): ErrorFields {
  return {
    type: error.name,
    message: redactSecrets(error.message),
    stack: redactSecrets(error.stack ?? ''),
    ...('code' in error ? { code: String(error.code) } : {}),
  };
}

/** `stream`: where the JSON lines go (stdout unless given; tests read them back). */
export function loggerOptions(
  level: Config['LOG_LEVEL'],
  stream?: { write(line: string): void },
): FastifyServerOptions['logger'] {
  if (level === 'silent') return false;
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      req: (request: LoggedRequest) => ({
        method: request.method,
        url: redactSecrets(request.url ?? ''),
        remoteAddress: request.ip,
      }),
      err: errorFields,
    },
    hooks: {
      logMethod(args, method) {
        const clean = args.map((a: unknown) => (typeof a === 'string' ? redactSecrets(a) : a));
        method.apply(this, clean as Parameters<typeof method>);
      },
    },
  };
}
