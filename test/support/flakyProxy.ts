/**
 * A TCP proxy in front of a service, for network blips a browser really sees: `block()` cuts every open connection
 * (HTTP keep-alive and WebSockets alike) and refuses new ones until `unblock()`; `reset()` only cuts what is open.
 * The browser loads the page through the proxy, so everything the page does goes through it.
 * @example
 * const proxy = await startFlakyProxy(service.port);
 * await page.goto(proxy.url);
 * proxy.block(); await sleep(5000); proxy.unblock();
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface FlakyProxy {
  url: string;
  port: number;
  block(): void;
  unblock(): void;
  reset(): void;
  close(): Promise<void>;
}

export async function startFlakyProxy(targetPort: number): Promise<FlakyProxy> {
  const open = new Set<net.Socket>();
  let blocked = false;
  const server = net.createServer((client) => {
    if (blocked) {
      client.destroy();
      return;
    }
    const upstream = net.connect(targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  const cut = () => open.forEach((socket) => socket.destroy());
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    block() {
      blocked = true;
      cut();
    },
    unblock() {
      blocked = false;
    },
    reset: cut,
    close: () => {
      cut();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
