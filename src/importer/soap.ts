/**
 * SOAP 1.1 for borger.dk's article export, as small hand-written envelopes and fast-xml-parser.
 * The service is WCF document/literal with a handful of flat operations: an envelope is a few
 * lines, and a parser that turns the answer into plain objects is all the rest needs. A WSDL-driven
 * SOAP library would fetch and compile the WSDL on every run and carry an HTTP stack of its own,
 * for no gain here, and our fake service would have to serve a WSDL too.
 */
import { XMLParser } from 'fast-xml-parser';

export const CONTRACT_NS = 'http://www.borger.dk/2009/WSArticleExport/v1';
const ARRAYS_NS = 'http://schemas.microsoft.com/2003/10/Serialization/Arrays';

/** One parameter of an operation: a scalar, or a list of ints (WCF serialises it as `<a:int>`). */
export type SoapValue = string | number | null | number[];

/**
 * Borger.dk's clients cap a message at 1 MB and work against the real service; so do we by
 * default, so a runaway answer cannot fill memory. A larger list (our 5,000-article benchmark's
 * GetAllArticles is 2.4 MB) needs the cap raised on purpose.
 */
export const MAX_MESSAGE_BYTES = 1024 * 1024;

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function element(name: string, value: SoapValue): string {
  if (value === null) return '';
  if (Array.isArray(value)) return `<${name} xmlns:a="${ARRAYS_NS}">${value.map((n) => `<a:int>${n}</a:int>`).join('')}</${name}>`;
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** The request envelope for `operation` with its parameters in order. */
export function envelope(operation: string, params: [string, SoapValue][] = []): string {
  return (
    '<?xml version="1.0" encoding="utf-8"?>' +
    '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>' +
    `<${operation} xmlns="${CONTRACT_NS}">${params.map(([n, v]) => element(n, v)).join('')}</${operation}>` +
    '</s:Body></s:Envelope>'
  );
}

/** A SOAP fault: the service understood and refused (not found, not exportable, bad request). */
export class SoapFault extends Error {
  constructor(
    readonly code: string,
    readonly reason: string,
    /** The ArticleExportException's message, when the detail carries one. */
    readonly detail: string | undefined,
  ) {
    super(`SOAP fault ${code}: ${detail ?? reason}`);
  }
}

/** The service could not be reached or answered with something that is not a SOAP answer. */
export class TransportError extends Error {
  constructor(
    message: string,
    /** Worth trying again: a timeout, a dropped connection, a 5xx without a fault. */
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Values stay text: ids are turned into numbers where we know they are numbers, and a title of
  // digits stays a title.
  parseTagValue: false,
  trimValues: false,
  // The HTML in `Content` arrives XML-escaped; its own HTML entities are decoded later, by the
  // HTML parser, so they are not decoded twice.
  htmlEntities: false,
});

type Xml = Record<string, unknown>;

function isObject(x: unknown): x is Xml {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The body's first element of a SOAP answer, or a SoapFault thrown. */
export function parseAnswer(xml: string, operation: string): unknown {
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch (e) {
    throw new TransportError(`${operation}: the answer is not XML (${(e as Error).message.split('\n')[0]})`, false);
  }
  const body = isObject(doc) && isObject(doc.Envelope) ? doc.Envelope.Body : undefined;
  if (!isObject(body)) throw new TransportError(`${operation}: the answer is not a SOAP envelope`, false);
  if (isObject(body.Fault)) {
    const fault = body.Fault;
    const detail = isObject(fault.detail) && isObject(fault.detail.ArticleExportException) ? fault.detail.ArticleExportException : undefined;
    const message = detail && typeof detail.Message === 'string' ? detail.Message : undefined;
    throw new SoapFault(textOf(fault.faultcode) ?? 'unknown', textOf(fault.faultstring) ?? 'no reason given', message);
  }
  const response = body[`${operation}Response`];
  if (!isObject(response)) throw new TransportError(`${operation}: the answer has no ${operation}Response`, false);
  return response[`${operation}Result`];
}

/** The text of an element that may carry attributes (`{"#text": …, "@lang": …}`). */
export function textOf(x: unknown): string | undefined {
  if (typeof x === 'string') return x;
  if (isObject(x) && typeof x['#text'] === 'string') return x['#text'];
  return undefined;
}

/** A repeated element as a list, whether it came once, many times or not at all. */
export function many(x: unknown): unknown[] {
  if (x === undefined || x === null || x === '') return [];
  return Array.isArray(x) ? x : [x];
}

export interface CallOptions {
  endpoint: string;
  /** How long one request may take, connecting and reading the whole answer. */
  timeoutMs: number;
  /** Further attempts after a retryable failure, waiting `backoffMs`, then twice that, … */
  retries: number;
  backoffMs: number;
  /** The largest answer taken; MAX_MESSAGE_BYTES unless set. */
  maxMessageBytes?: number;
  signal?: AbortSignal;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readCapped(response: Response, operation: string, cap: number): Promise<string> {
  const size = cap >= 1024 * 1024 ? `${(cap / 1024 / 1024).toFixed(1)} MB` : `${Math.round(cap / 1024)} KB`;
  const over = (bytes: number) => new TransportError(`${operation}: the answer is ${bytes} bytes, over the ${size} cap (--max-message-mb)`, false);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > cap) throw over(declared);
  const buffer = await response.arrayBuffer();
  if (buffer.byteLength > cap) throw over(buffer.byteLength);
  return new TextDecoder('utf-8').decode(buffer);
}

async function callOnce(operation: string, params: [string, SoapValue][], options: CallOptions): Promise<unknown> {
  const signals = [AbortSignal.timeout(options.timeoutMs), ...(options.signal ? [options.signal] : [])];
  let response: Response;
  let xml: string;
  try {
    response = await fetch(options.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: `"${CONTRACT_NS}/IArticleExport/${operation}"` },
      body: envelope(operation, params),
      signal: AbortSignal.any(signals),
    });
    xml = await readCapped(response, operation, options.maxMessageBytes ?? MAX_MESSAGE_BYTES);
  } catch (e) {
    if (e instanceof TransportError) throw e;
    const err = e as Error;
    if (options.signal?.aborted) throw err;
    const timedOut = err.name === 'TimeoutError' || err.name === 'AbortError';
    throw new TransportError(`${operation}: ${timedOut ? `no answer within ${options.timeoutMs / 1000} s` : `the service could not be reached (${causeOf(err)})`}`, true);
  }
  // A fault comes with status 500; any other failure status without a SOAP body is the server's trouble.
  if (!response.ok && !xml.includes('Fault'))
    throw new TransportError(`${operation}: the service answered ${response.status} ${response.statusText}`, response.status >= 500 || response.status === 429);
  return parseAnswer(xml, operation);
}

function causeOf(err: Error): string {
  const cause = (err as Error & { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? err.message;
}

/** Calls `operation`, trying a timeout or an unreachable service again with growing waits. A fault is never retried: it is an answer. */
export async function call(operation: string, params: [string, SoapValue][], options: CallOptions): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await callOnce(operation, params, options);
    } catch (e) {
      if (!(e instanceof TransportError) || !e.retryable || attempt >= options.retries || options.signal?.aborted) throw e;
      await sleep(options.backoffMs * 2 ** attempt);
    }
  }
}
