// The baseline: one HTML file served from memory by Node's http module, keep-alive, gzip as Next
// would send it. Whatever the app does beyond this costs throughput. Usage: node static-server.mjs <file> <port>
import fs from 'node:fs'
import http from 'node:http'
import zlib from 'node:zlib'

const [file, port] = process.argv.slice(2)
const body = fs.readFileSync(file)
const gzipped = zlib.gzipSync(body)
http
  .createServer((request, response) => {
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': gzip ? gzipped.length : body.length,
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    })
    response.end(gzip ? gzipped : body)
  })
  .listen(Number(port), '127.0.0.1', () => console.log(`static baseline on ${port}`))
