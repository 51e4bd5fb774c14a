import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface StaticServer { url: string; close(): Promise<void>; requests: string[] }

export interface ServerOptions {
  /**
   * Compress text responses (HTML, CSS, JavaScript, JSON, SVG, XML, CSV) with gzip for clients
   * that accept it, as any production host does. Off by default: the byte budgets read files
   * as they are built. Lighthouse needs it, or it scores a transfer no reader would see.
   */
  gzip?: boolean;
}

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml)|image\/svg\+xml)/;

/** Serves a built site the way a static host does: /a/ -> /a/index.html, unknown paths -> 404.html with status 404. */
export async function startServer(dir = 'dist', options: ServerOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const requests: string[] = [];
  // Each file is compressed once; a benchmark asks for the same pages many times.
  const gzipped = new Map<string, Buffer>();
  const send = (req: IncomingMessage, res: ServerResponse, status: number, type: string, file: string, body: Buffer): void => {
    const headers: Record<string, string> = { 'content-type': type };
    if (options.gzip && COMPRESSIBLE.test(type)) {
      headers['vary'] = 'Accept-Encoding';
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        let packed = gzipped.get(file);
        if (packed === undefined) gzipped.set(file, (packed = gzipSync(body)));
        body = packed;
        headers['content-encoding'] = 'gzip';
      }
    }
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(body);
  };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, safe);
    try {
      const s = await stat(file);
      if (s.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      send(req, res, 200, MIME[extname(file)] ?? 'application/octet-stream', file, body);
    } catch {
      const notFound = join(root, '404.html');
      const body = await readFile(notFound).catch(() => Buffer.from('Not found'));
      send(req, res, 404, 'text/html; charset=utf-8', notFound, body);
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((ok, fail) => server.close((e) => (e ? fail(e) : ok()))),
  };
}
