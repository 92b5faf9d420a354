import { serve, type ServerType } from '@hono/node-server';

/** Serves `fetch` on 127.0.0.1 at a free port. */
export function listen(fetch: (request: Request) => Response | Promise<Response>): Promise<{ server: ServerType; baseUrl: string }> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve({ server, baseUrl: `http://127.0.0.1:${info.port}` }));
  });
}

/** Stops accepting, drops idle keep-alive connections, and resolves once the server is closed. */
export function close(server: ServerType): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    if ('closeAllConnections' in server) server.closeAllConnections();
  });
}
