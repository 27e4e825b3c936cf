/**
 * Sending a file, loaded with the first upload: a POST of the file's bytes with progress, the
 * bearer token (asked again once after a 401), and the answer's text, or an HttpError. Through
 * XMLHttpRequest in browsers (they cannot stream fetch bodies over HTTP/1.1, so fetch would
 * report no progress), through the host's fetch when it gave one.
 */
import { attachmentType } from './attachments.js';
import type { UploadOptions } from './backend.js';
import { withBearer, type TokenProvider } from './bearer.js';
import { AbortedError, HttpError, NetworkError } from './errors.js';
import { parseRetryAfter, problemFrom } from './problem.js';
import { timed, toSupportError } from './transport.js';

export interface FileRequest {
  url: string;
  /** The headers every request carries, but the token's. */
  headers: Record<string, string>;
  /** The file's name, as the case shows it. */
  name: string;
  getToken?: TokenProvider | undefined;
  fetch?: typeof globalThis.fetch | undefined;
  /** Timeout of one attempt in ms. */
  timeout: number;
  file: Blob;
  options: UploadOptions;
}

interface Answer {
  status: number;
  text: string;
  retryAfter: string | null;
}

/** POSTs `request.file`; answers the body text of a success. */
export async function sendFile(request: FileRequest): Promise<string> {
  const { file, options: opts } = request;
  const report = (loaded: number) => opts.onProgress?.({ loaded, total: file.size });
  const content = {
    'Content-Type': attachmentType(request.name, file.type),
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(request.name)}`,
  };
  const send = async (auth: Record<string, string>): Promise<Answer> => {
    const headers = { ...request.headers, ...auth, ...content };
    if (!request.fetch && typeof XMLHttpRequest !== 'undefined') {
      return xhrSend(new URL(request.url, document.baseURI).href, file, headers, opts, report);
    }
    report(0);
    try {
      const response = await timed(request.timeout, opts.signal, (signal) =>
        (request.fetch ?? globalThis.fetch)(request.url, {
          method: 'POST',
          headers,
          body: file,
          signal,
        }),
      );
      const text = await response.text();
      if (response.ok) report(file.size);
      return { status: response.status, text, retryAfter: response.headers.get('Retry-After') };
    } catch (error) {
      throw toSupportError(error, opts.signal);
    }
  };
  const result = await withBearer(request.getToken, send, (outcome) => {
    return (outcome as Partial<Answer>).status === 401;
  });
  if (result.status >= 400) {
    throw new HttpError(
      result.status,
      problemFrom(result.text),
      parseRetryAfter(result.retryAfter),
    );
  }
  return result.text;
}

function xhrSend(
  url: string,
  file: Blob,
  headers: Record<string, string>,
  opts: UploadOptions,
  report: (loaded: number) => void,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) {
      reject(new AbortedError());
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    const onAbort = () => xhr.abort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => opts.signal?.removeEventListener('abort', onAbort);
    xhr.upload.onprogress = (event) => report(event.loaded);
    xhr.onload = () => {
      done();
      if (xhr.status < 400) report(file.size);
      resolve({
        status: xhr.status,
        text: xhr.responseText,
        retryAfter: xhr.getResponseHeader('Retry-After'),
      });
    };
    xhr.onerror = () => {
      done();
      reject(new NetworkError());
    };
    xhr.onabort = () => {
      done();
      reject(new AbortedError());
    };
    xhr.send(file);
    report(0);
  });
}
