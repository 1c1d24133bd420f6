import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

/** Options of {@link startStaticServer}. */
export interface StaticServerOptions {
  /** Folder to serve (a built handbook). */
  readonly root: string;
  /** Base path the site was built for, starting and ending with `/`. */
  readonly base: string;
  /** Port; 0 picks a free one. */
  readonly port: number;
  /** Host to bind; loopback by default. */
  readonly host?: string;
}

/** A running server. */
export interface StaticServer {
  /** Origin plus base, e.g. `http://127.0.0.1:4321/handbook/`. */
  readonly url: string;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

/**
 * Serves a built handbook the way GitHub or GitLab Pages do: under its base path, `index.html` for
 * folders, a redirect to add the trailing slash, and the site's `404.html` for anything missing.
 */
export function startStaticServer({
  root,
  base,
  port,
  host = '127.0.0.1',
}: StaticServerOptions): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(base)) {
      if (pathname === '/' && base !== '/') {
        response.writeHead(302, { Location: base }).end();
        return;
      }
      return sendNotFound(root, response);
    }
    const relative = pathname.slice(base.length);
    const file = path.join(root, relative);
    if (!file.startsWith(root)) return sendNotFound(root, response);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${pathname}/${url.search}` }).end();
        return;
      }
      return sendFile(path.join(file, 'index.html'), 200, response, root);
    }
    return sendFile(file, 200, response, root);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address !== null ? address.port : port;
      resolve({ url: `http://${host}:${actualPort}${base}`, close: () => closeServer(server) });
    });
  });
}

function sendFile(file: string, status: number, response: import('node:http').ServerResponse, root: string): void {
  if (!existsSync(file) || !statSync(file).isFile()) return sendNotFound(root, response);
  response.writeHead(status, {
    'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
  });
  createReadStream(file).pipe(response);
}

function sendNotFound(root: string, response: import('node:http').ServerResponse): void {
  const page = path.join(root, '404.html');
  if (existsSync(page)) {
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    createReadStream(page).pipe(response);
    return;
  }
  response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}
