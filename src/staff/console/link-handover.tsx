/**
 * Hands the citizen the recommended self-service link: the address to read out or paste into a
 * chat, a copy button whose result is said in a live region, and a QR code to scan at the desk.
 * The QR code is an SVG path Preact renders from lean-qr's bitmap: no inline style or script,
 * so it draws under the staff pages' strict Content-Security-Policy (`style-src 'self'`).
 */
import type { TFunction } from 'i18next';
import { generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import { useMemo, useState } from 'preact/hooks';

interface Props {
  t: TFunction;
  /** An https: address; the caller passes only links a citizen can open. */
  href: string;
  /** What the link does, for the QR code's name ("Anmeld flytning på borger.dk"). */
  label: string;
  /** Writes text to the clipboard; the browser's by default, a stand-in in tests. */
  copy?: (text: string) => Promise<void>;
}

/** Quiet zone around the code, in modules: the QR standard asks for four. */
const QUIET = 4;

const clipboardCopy = (text: string) => navigator.clipboard.writeText(text);

export function LinkHandover({ t, href, label, copy = clipboardCopy }: Props) {
  const [said, setSaid] = useState('');
  const qr = useMemo(() => {
    const code = generate(href);
    return { size: code.size, path: toSvgPath(code) };
  }, [href]);
  const side = qr.size + 2 * QUIET;
  return (
    <section class="kc-handover" aria-labelledby="kc-handover-title">
      <h3 id="kc-handover-title">{t('console.handover.title')}</h3>
      <p class="kc-link-line">
        <a href={href} target="_blank" rel="noopener">
          {href}
        </a>
      </p>
      <button
        type="button"
        class="secondary"
        onClick={() => {
          setSaid('');
          copy(href).then(
            () => setSaid(t('console.handover.copied')),
            // Clipboard access can be refused (an unfocused page, a browser policy): say so and how to go on.
            () => setSaid(t('console.handover.copyFailed')),
          );
        }}
      >
        {t('console.handover.copy')}
      </button>
      <p class="kc-said" role="status">
        {said}
      </p>
      <figure class="kc-qr">
        <svg role="img" aria-label={t('console.handover.qrLabel', { label })} viewBox={`${-QUIET} ${-QUIET} ${side} ${side}`} width="176" height="176" shape-rendering="crispEdges">
          <rect x={-QUIET} y={-QUIET} width={side} height={side} fill="#ffffff" />
          <path d={qr.path} fill="#000000" />
        </svg>
        <figcaption>{t('console.handover.qrCaption')}</figcaption>
      </figure>
    </section>
  );
}
