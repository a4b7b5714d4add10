// npm start: build, then serve the repository on http://localhost:8080 and open the demo at /docs/.
// A tiny static server (node:http): no dependency, loopback only, correct MIME types.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { run } from './run.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
if (!process.argv.includes('--no-build') && run('npm', ['run', 'build']) !== 0) process.exit(1);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

export function serve(port = Number(process.env.PORT || 8080), host = '127.0.0.1') {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      res.writeHead(302, { location: '/docs/' });
      return res.end();
    }
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root) || path.includes(`${root}/.git`)) {
      res.writeHead(403);
      return res.end('Forbidden');
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      return res.end('Not found');
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      // The demo pages practise what the docs preach: no third-party request is possible from them,
      // and Trusted Types are enforced (Lit's own policy is the only one allowed).
      ...(url.pathname.startsWith('/docs/')
        ? {
            'content-security-policy':
              "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
          }
        : {}),
    });
    createReadStream(path).pipe(res);
  });
  server.listen(port, host, () => console.log(`[ancre] demo on http://localhost:${port}/docs/ (Ctrl+C to stop)`));
  return server;
}

serve();
