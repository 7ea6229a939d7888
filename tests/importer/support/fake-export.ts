/**
 * Our own fake of borger.dk's article export on loopback: it answers GetAllArticles,
 * GetArticleByID and GetArticlesByIDs in the documented SOAP shape (WCF document/literal, members
 * in alphabetical order in the types namespace, `i:nil` for nulls, faults with an
 * ArticleExportException detail) from articles the tests write. Behaviours make the bad days:
 * faults for chosen ids, a slow or hanging service, a run of 503s, a dropped connection.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { XMLParser } from 'fast-xml-parser';

export interface FakeArticle {
  id: number;
  title: string;
  url: string;
  header: string;
  content: string;
  lastUpdated: string;
  published?: string;
  tasks?: string[];
}

export interface Behaviour {
  /** Ids the service refuses with a fault ("not exportable"); a batch holding one is refused whole. */
  faultIds?: Set<number>;
  /** Every answer waits this long first. */
  delayMs?: number;
  /** Requests for these ids never get an answer (a hung backend). */
  hangIds?: Set<number>;
  /** The next n requests get 503 Service Unavailable. */
  unavailable?: number;
  /** Answers for these ids leave out the article (as the service does for an unknown id in a list). */
  omitIds?: Set<number>;
  /** The GetAllArticles list also names these ids, whose articles do not exist. */
  listedOnly?: number[];
}

export interface FakeExport {
  url: string;
  articles: Map<number, FakeArticle>;
  behaviour: Behaviour;
  /** Every request: operation, ids asked for, updatedAfter, municipality code. */
  requests: { op: string; ids: number[]; updatedAfter?: string; municipalityCode?: number }[];
  close: () => Promise<void>;
}

const TYPES_NS = 'http://www.borger.dk/2009/WSArticleExport/v1/types';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function tasksXml(a: FakeArticle): string {
  const tasks = a.tasks ?? [];
  if (!tasks.length) return '<a:FormTasks i:nil="true"/>';
  return `<a:FormTasks>${tasks.map((name, i) => `<a:FormTask><a:Name>${esc(name)}</a:Name><a:Number>${i + 1}</a:Number></a:FormTask>`).join('')}</a:FormTasks>`;
}

function descriptionXml(a: FakeArticle, tag: string): string {
  return (
    `<a:${tag}><a:ArticleID>${a.id}</a:ArticleID><a:ArticleTitle>${esc(a.title)}</a:ArticleTitle><a:ArticleUrl>${esc(a.url)}</a:ArticleUrl>` +
    `<a:FormServiceAreas i:nil="true"/><a:FormTaskAreas i:nil="true"/>${tasksXml(a)}` +
    `<a:LastUpdated>${a.lastUpdated}</a:LastUpdated><a:PublishingDate>${a.published ?? a.lastUpdated}</a:PublishingDate></a:${tag}>`
  );
}

/** With a municipality code the service adds the municipality's own text as a last micro-article. */
function withAddition(a: FakeArticle, code: number): FakeArticle {
  if (!code) return a;
  const addition = `<div id="microArticle_lokal-${code}"><h2>Lokal information</h2><div><p>Kommune ${code} har sin egen borgerservice.</p></div></div>`;
  return { ...a, content: a.content.replace('<div id="kernetekst">', `<div id="kernetekst">${addition}`) };
}

function articleXml(raw: FakeArticle, code: number): string {
  const a = withAddition(raw, code);
  return (
    `<a:Article><a:ArticleHeader>${esc(a.header)}</a:ArticleHeader><a:ArticleID>${a.id}</a:ArticleID><a:ArticleTitle>${esc(a.title)}</a:ArticleTitle>` +
    `<a:ArticleUrl>${esc(a.url)}</a:ArticleUrl><a:Content>${esc(a.content)}</a:Content>` +
    `<a:FormServiceAreas i:nil="true"/><a:FormTaskAreas i:nil="true"/>${tasksXml(a)}` +
    `<a:LastUpdated>${a.lastUpdated}</a:LastUpdated><a:PublishingDate>${a.published ?? a.lastUpdated}</a:PublishingDate></a:Article>`
  );
}

const envelope = (body: string) => `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>${body}</s:Body></s:Envelope>`;

function result(op: string, inner: string): string {
  return envelope(
    `<${op}Response xmlns="http://www.borger.dk/2009/WSArticleExport/v1"><${op}Result xmlns:a="${TYPES_NS}" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">${inner}</${op}Result></${op}Response>`,
  );
}

function fault(message: string): string {
  return envelope(
    `<s:Fault><faultcode>s:Client</faultcode><faultstring xml:lang="da-DK">${esc(message)}</faultstring><detail>` +
      `<ArticleExportException xmlns="http://schemas.datacontract.org/2004/07/ITST.Borgerdk.Export.Common.WcfContracts" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><Message>${esc(message)}</Message></ArticleExportException></detail></s:Fault>`,
  );
}

const parser = new XMLParser({ removeNSPrefix: true, parseTagValue: false });

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const list = (x: unknown): unknown[] => (x === undefined || x === '' ? [] : Array.isArray(x) ? x : [x]);

export async function startFakeExport(articles: FakeArticle[], behaviour: Behaviour = {}): Promise<FakeExport> {
  const store = new Map(articles.map((a) => [a.id, a]));
  const requests: FakeExport['requests'] = [];
  const hung = new Set<() => void>();
  const server: Server = createServer(async (req, res) => {
    const op = /IArticleExport\/(\w+)/.exec(String(req.headers.soapaction ?? ''))?.[1] ?? '';
    const parsed = parser.parse(await bodyOf(req)) as { Envelope: { Body: Record<string, Record<string, unknown>> } };
    const params = parsed.Envelope.Body[op] ?? {};
    const ids = op === 'GetArticlesByIDs' ? list((params.articleIDs as { int?: unknown } | undefined)?.int).map(Number) : op === 'GetArticleByID' ? [Number(params.articleID)] : [];
    const updatedAfter = typeof params.updatedAfter === 'string' ? params.updatedAfter : undefined;
    const municipalityCode = params.municipalityCode === undefined ? undefined : Number(params.municipalityCode);
    requests.push({ op, ids, ...(updatedAfter ? { updatedAfter } : {}), ...(municipalityCode !== undefined ? { municipalityCode } : {}) });

    const send = (status: number, xml: string) => {
      res.writeHead(status, { 'content-type': 'text/xml; charset=utf-8' });
      res.end(xml);
    };
    if (behaviour.unavailable && behaviour.unavailable > 0) {
      behaviour.unavailable--;
      res.writeHead(503, { 'content-type': 'text/html' });
      res.end('<html>Service Unavailable</html>');
      return;
    }
    if (ids.some((id) => behaviour.hangIds?.has(id))) {
      // Never answered; released when the server closes.
      await new Promise<void>((resolve) => hung.add(resolve));
      res.destroy();
      return;
    }
    if (behaviour.delayMs) await new Promise((r) => setTimeout(r, behaviour.delayMs));
    const refused = ids.find((id) => behaviour.faultIds?.has(id));
    if (refused !== undefined) return send(500, fault(`Artiklen ${refused} kan ikke eksporteres`));
    const code = municipalityCode ?? 0;
    switch (op) {
      case 'GetAllArticles':
        return send(
          200,
          result(
            op,
            [
              ...[...store.values()].map((a) => descriptionXml(a, 'ArticleDescription')),
              ...(behaviour.listedOnly ?? []).map((id) =>
                descriptionXml({ id, title: `Artikel ${id}`, url: `https://www.borger.dk/artikel-${id}`, header: '', content: '', lastUpdated: '2026-01-01T00:00:00' }, 'ArticleDescription'),
              ),
            ].join(''),
          ),
        );
      case 'GetArticleByID': {
        const a = store.get(ids[0]!);
        if (!a || behaviour.omitIds?.has(a.id)) return send(500, fault(`Artiklen ${ids[0]} findes ikke`));
        return send(200, result(op, articleXml(a, code).replace(/^<a:Article>|<\/a:Article>$/g, '')));
      }
      case 'GetArticlesByIDs': {
        const found = ids
          .map((id) => store.get(id))
          .filter((a): a is FakeArticle => Boolean(a) && !behaviour.omitIds?.has(a!.id))
          .filter((a) => !updatedAfter || a.lastUpdated > updatedAfter);
        return send(200, result(op, found.map((a) => articleXml(a, code)).join('')));
      }
      default:
        return send(500, fault(`Ukendt operation ${op}`));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/_vti_bin/borger/ArticleExport.svc`,
    articles: store,
    behaviour,
    requests,
    close: async () => {
      for (const release of hung) release();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
