/**
 * The validating proxy of the end-to-end tests: Prism (`prism proxy --errors`) between the demo
 * server's `/api` (its API_PROXY) and the API itself (`/api-direct`), so every request the page
 * makes, and every answer it gets, is checked against the OpenAPI document the server serves.
 *
 *   page → server /api → relay → Prism → relay /upstream → server /api-direct
 *
 * What Prism 5.14 does with `--errors` (@stoplight/prism-http `forwarder`, prism-http-server):
 * - a request that breaks the document is not forwarded. Prism answers 422 `UNPROCESSABLE_ENTITY`
 *   with a `validation` list, or 401 `UNAUTHORIZED` (no bearer token), or 404/405
 *   `NO_PATH_MATCHED_ERROR` / `NO_METHOD_MATCHED_ERROR` (an operation the document lacks);
 * - an answer that breaks it is replaced by 500 `VIOLATIONS` with a `validation` list;
 * - every violation, warnings included, is also listed in the `sl-violations` header.
 * Prism's own answers are problem details whose `type` starts with PRISM_ERROR.
 *
 * The relay records these violations before the answer goes back, so a test that awaited an
 * answer can read its violations at once. It also carries the bytes around Prism, which reads
 * every body as UTF-8 text and writes JSON anew (an uploaded PNG would reach the server changed):
 * Prism gets a copy of each request and answer for its verdict, while the server receives the
 * request as the page sent it and, when Prism lets the answer through, the page receives it as the
 * server wrote it.
 */
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import {
  createServer,
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
} from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { endToEnd } from '../../demo/server/hop-by-hop.js';
import { buildOpenApiDocument } from '../../src/api/openapi.js';
import { freePort } from '../../scripts/engines.mjs';

const PRISM_ERROR = 'https://stoplight.io/prism/errors#';
/** Names the exchange a request of Prism's to the upstream belongs to. */
const EXCHANGE = 'x-e2e-exchange';

/** One request or answer that broke the document, as Prism told it. */
export interface Violation {
  method: string;
  /** Below the API base, with the query: `/cases?limit=5`. */
  path: string;
  /** What the page received. */
  status: number;
  /** `Error request.body.subject: Request body property subject must be string`, one a finding. */
  messages: string[];
  /** The page that sent the request (its `Referer`), when it said. */
  page?: string;
}

export const formatViolations = (violations: Violation[]): string =>
  violations
    .map(
      (v) =>
        `${v.method} ${v.path} → ${v.status}${v.page ? ` (from ${v.page})` : ''}\n` +
        v.messages.map((m) => `    ${m}`).join('\n'),
    )
    .join('\n');

export interface ContractProxy {
  /** Where the server sends `/api/*` (its API_PROXY); it answers once `ready` is settled. */
  url: string;
  /** Settles when Prism listens; fails when it does not start. */
  ready: Promise<void>;
  /** The violations recorded since the last call; they are forgotten. */
  takeViolations(): Violation[];
  /**
   * For the proxy's own test: Prism is shown the API's JSON answers as `change` returns them
   * (the page still gets the real answer when Prism lets it through). `undefined` stops it.
   */
  tamperWithAnswers(change: ((body: unknown, path: string) => unknown) | undefined): void;
  close(): Promise<void>;
}

interface Message {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

interface Exchange {
  method: string;
  path: string;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  answer?: Message;
  /** The API did not answer (it was stopping): no verdict to record. */
  failure?: Error;
}

function read(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => done(Buffer.concat(chunks)));
    stream.on('error', fail);
  });
}

/** Whether something accepts connections on `port` of 127.0.0.1. */
function accepts(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/** The end-to-end headers, less the length (set again for the bytes that go out). */
const forwarded = (headers: IncomingHttpHeaders): OutgoingHttpHeaders =>
  endToEnd(headers, ['content-length']);

/** Prism's findings in one of its answers: the `sl-violations` header and its own errors. */
function findings(answer: Message): { messages: string[]; byPrism: boolean } {
  const messages = new Set<string>();
  const describe = (v: { location?: string[]; severity?: string; message?: string }) =>
    `${v.severity ?? 'Error'} ${(v.location ?? []).join('.')}: ${v.message ?? ''}`;
  const header = answer.headers['sl-violations'];
  if (typeof header === 'string') {
    try {
      for (const v of JSON.parse(header) as Parameters<typeof describe>[0][]) {
        messages.add(describe(v));
      }
    } catch {
      messages.add(header); // "Too many violations! …", cut at 8 KB
    }
  }
  let byPrism = false;
  if ((answer.headers['content-type'] ?? '').includes('problem+json')) {
    try {
      const problem = JSON.parse(answer.body.toString()) as {
        type?: string;
        detail?: string;
        validation?: { location?: string[]; severity?: string; message?: string }[];
      };
      byPrism = problem.type?.startsWith(PRISM_ERROR) ?? false;
      if (byPrism) {
        const validation = problem.validation ?? [];
        // Request findings come without the `request` prefix the header gives them.
        for (const v of validation) {
          const location = v.location ?? [];
          messages.add(
            describe({
              ...v,
              location: ['request', 'response'].includes(location[0] ?? '')
                ? location
                : ['request', ...location],
            }),
          );
        }
        if (validation.length === 0) {
          messages.add(`${problem.type!.slice(PRISM_ERROR.length)}: ${problem.detail ?? ''}`);
        }
      }
    } catch {
      // Not JSON: not one of Prism's answers.
    }
  }
  return { messages: [...messages], byPrism };
}

/**
 * Starts Prism on the document of `buildOpenApiDocument('/api')` (what the server serves at
 * `/api/openapi.json`) in front of `apiDirect`, and the relay around it. `dir` receives the
 * document.
 */
export async function startContractProxy(options: {
  apiDirect: string;
  dir: string;
  prismBin: string;
}): Promise<ContractProxy> {
  const documentFile = join(options.dir, 'openapi.json');
  await writeFile(documentFile, JSON.stringify(buildOpenApiDocument('/api')));
  const exchanges = new Map<string, Exchange>();
  const recorded: Violation[] = [];
  let nextExchange = 0;
  let prismOutput = '';
  let tamper: ((body: unknown, path: string) => unknown) | undefined;

  function send(url: string, method: string, headers: OutgoingHttpHeaders, body: Buffer) {
    return new Promise<Message>((done, fail) => {
      // A connection each: a kept-alive one may be closed by its server as it is reused (ECONNRESET).
      const outgoing = request(url, { method, headers, agent: false }, (answer) => {
        read(answer).then(
          (bytes) => done({ status: answer.statusCode ?? 0, headers: answer.headers, body: bytes }),
          fail,
        );
      });
      outgoing.on('error', fail);
      outgoing.end(body.length > 0 ? body : undefined);
    });
  }

  /** A request of the server's (its `/api/*`): through Prism, or past it for the document. */
  async function fromServer(req: IncomingMessage, body: Buffer): Promise<Message> {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const page = req.headers.referer;
    const exchange: Exchange = { method, path, headers: forwarded(req.headers), body };
    // The document is not one of its own operations.
    if (method === 'GET' && path.split('?')[0] === '/openapi.json') return toApi(exchange);
    const id = String(++nextExchange);
    exchanges.set(id, exchange);
    let verdict: Message;
    try {
      verdict = await send(
        `${prismUrl}${path}`,
        method,
        { ...exchange.headers, [EXCHANGE]: id },
        body,
      );
    } catch (error) {
      const message = `Prism did not answer (${String(error)}). Its output:\n${prismOutput}`;
      recorded.push({ method, path, status: 502, messages: [message], page });
      return { status: 502, headers: { 'content-type': 'text/plain' }, body: Buffer.from(message) };
    } finally {
      exchanges.delete(id);
    }
    if (exchange.failure !== undefined) throw exchange.failure;
    const { messages, byPrism } = findings(verdict);
    if (messages.length > 0) {
      recorded.push({ method, path, status: verdict.status, messages, page });
    }
    return !byPrism && exchange.answer ? exchange.answer : verdict;
  }

  /** The request as the page sent it, to the API itself. */
  async function toApi(exchange: Exchange): Promise<Message> {
    return send(
      `${options.apiDirect}${exchange.path}`,
      exchange.method,
      exchange.headers,
      exchange.body,
    );
  }

  /** Prism forwarding a request it accepted: the original goes on, its answer comes back to Prism. */
  async function fromPrism(req: IncomingMessage): Promise<Message> {
    await read(req); // Prism's copy: the original is in the exchange
    const exchange = exchanges.get(String(req.headers[EXCHANGE]));
    if (!exchange) {
      return { status: 500, headers: {}, body: Buffer.from('unknown exchange') };
    }
    const answer = (exchange.answer = await toApi(exchange).catch((error: Error) => {
      exchange.failure = error;
      throw error;
    }));
    if (!tamper || !(answer.headers['content-type'] ?? '').includes('json')) return answer;
    const changed = tamper(JSON.parse(answer.body.toString()), exchange.path);
    return { ...answer, body: Buffer.from(JSON.stringify(changed)) };
  }

  const relay = createServer((req, res) => {
    const upstream = req.url === '/upstream' || req.url?.startsWith('/upstream/');
    const answer = upstream ? fromPrism(req) : read(req).then((body) => fromServer(req, body));
    answer.then(
      ({ status, headers, body }) => {
        res.writeHead(status, forwarded(headers));
        res.end(body);
      },
      (error: unknown) => {
        // The page or the server went away mid-request, or the API did not answer.
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(String(error));
      },
    );
  });
  // Prism keeps its connections to the relay alive: the relay never closes an idle one under it.
  relay.keepAliveTimeout = 0;
  await new Promise<void>((done) => relay.listen(0, '127.0.0.1', done));
  const relayUrl = `http://127.0.0.1:${(relay.address() as AddressInfo).port}`;

  const prismPort = await freePort();
  const prismUrl = `http://127.0.0.1:${prismPort}`;
  const prism = spawn(
    process.execPath,
    [
      options.prismBin,
      'proxy',
      documentFile,
      `${relayUrl}/upstream`,
      '--errors',
      '--cors=false',
      '-p',
      String(prismPort),
      '-h',
      '127.0.0.1',
      // At info Prism logs every request and answer with its body: some 60 ms more a request here.
      '-v',
      'warn',
    ],
    { env: { ...process.env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const keep = (chunk: Buffer) => (prismOutput = (prismOutput + chunk.toString()).slice(-20_000));
  prism.stdout.on('data', keep);
  prism.stderr.on('data', keep);
  const exited = new Promise<never>((_, fail) =>
    prism.once('exit', (code, signal) =>
      fail(new Error(`Prism exited (${code ?? signal}):\n${prismOutput}`)),
    ),
  );
  exited.catch(() => undefined); // seen by `ready`, or after close
  // At `-v warn` Prism says nothing when it is ready: it is once it accepts connections.
  const ready = (async () => {
    const deadline = Date.now() + 60_000;
    while (!(await accepts(prismPort))) {
      if (Date.now() > deadline) throw new Error(`Prism did not start in 60 s:\n${prismOutput}`);
      await Promise.race([exited, new Promise((retry) => setTimeout(retry, 50))]);
    }
  })();

  return {
    url: relayUrl,
    ready,
    takeViolations: () => recorded.splice(0),
    tamperWithAnswers(change) {
      tamper = change;
    },
    async close() {
      if (prism.exitCode === null && prism.signalCode === null) {
        await new Promise<void>((done) => {
          prism.once('exit', () => done());
          prism.kill('SIGTERM');
        });
      }
      relay.closeAllConnections();
      await new Promise<void>((done) => relay.close(() => done()));
    },
  };
}
