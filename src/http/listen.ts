/**
 * Starting to listen, with the failures an operator can fix (port taken, port not allowed) told in one sentence
 * instead of a stack trace.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The port could not be bound; `message` says why and how to start anyway. */
export class ListenError extends Error {
  override name = 'ListenError';
  constructor(
    message: string,
    /** The system error code (`EADDRINUSE`, `EACCES`, …). */
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** What `listen` needs of the app: Express's `app.listen`, which passes a bind error to its callback (Express 5). */
export interface Listenable {
  listen(port: number, host: string, callback: (error?: Error) => void): Server;
}

/**
 * Listens on `host:port` (port 0: any free port).
 * @returns The listening server and the port it got.
 * @throws ListenError naming the port (and the `PORT` setting) when it is in use or not allowed; other errors as they are.
 */
export function listen(app: Listenable, port: number, host: string): Promise<{ server: Server; port: number }> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => {
      if (error) {
        reject(explain(error, port, host));
        return;
      }
      resolve({ server, port: (server.address() as AddressInfo).port });
    });
  });
}

function explain(error: Error, port: number, host: string): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const where = `port ${port} on ${host}`;
  if (code === 'EADDRINUSE') {
    return new ListenError(`${where} is already in use (another kakehashi or another program listens there). Stop that program, or choose another port with the PORT setting, e.g. PORT=${port === 65_535 ? 3978 : port + 1} npm start`, code);
  }
  if (code === 'EACCES') {
    return new ListenError(`${where} is not allowed for this user (ports below 1024 need privileges). Choose another port with the PORT setting, e.g. PORT=3978 npm start`, code);
  }
  if (code === 'EADDRNOTAVAIL') {
    return new ListenError(`${host} is not an address of this machine, so ${where} cannot be opened. Change the HOST setting, e.g. HOST=0.0.0.0`, code);
  }
  return error;
}
