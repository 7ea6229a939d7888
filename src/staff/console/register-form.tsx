/**
 * Registers the contact in two clicks: how the citizen came (phone, desk, chat; kept from the
 * last contact, since a staff member at the desk or on the phone rarely switches), then one
 * outcome button that says both whether it was solved at first contact and whether the citizen
 * did the self-service with help, and registers at once. By keyboard: Alt+R (a shortcut with a
 * modifier: WCAG 2.1.4) puts focus on the first outcome, Enter registers it.
 * Criteria: the channel is a native radio group in a fieldset with a legend; the outcome of a
 * registration (done, or the error in words and how many wait) is said in a live region.
 */
import type { TFunction } from 'i18next';
import { useRef } from 'preact/hooks';

import { CONTACT_CHANNELS as CAME, type ContactChannel as Came } from '../../model/contact-event.js';

export type { Came };

export interface ContactOutcome {
  came: Came;
  solvedAtFirstContact: boolean;
  selfServiceWithHelp: boolean;
}

/** The outcomes, most common first; the key names the label. */
const OUTCOMES = [
  { key: 'solvedWithHelp', solvedAtFirstContact: true, selfServiceWithHelp: true },
  { key: 'solvedWithout', solvedAtFirstContact: true, selfServiceWithHelp: false },
  { key: 'openWithHelp', solvedAtFirstContact: false, selfServiceWithHelp: true },
  { key: 'openWithout', solvedAtFirstContact: false, selfServiceWithHelp: false },
] as const;

export type RegisterStatus = { kind: 'done' | 'error' | 'missing'; text: string } | null;

interface Props {
  t: TFunction;
  came: Came | null;
  onCame: (came: Came) => void;
  onRegister: (outcome: ContactOutcome) => void;
  /** Says a first choice is missing (no way the citizen came yet): the parent words it. */
  onMissingCame: () => void;
  status: RegisterStatus;
  busy: boolean;
}

export function RegisterForm({ t, came, onCame, onRegister, onMissingCame, status, busy }: Props) {
  const firstRadio = useRef<HTMLInputElement>(null);
  return (
    <section class="kc-register" id="kc-register" aria-labelledby="kc-register-title">
      <h2 id="kc-register-title">{t('console.register.title')}</h2>
      <fieldset>
        <legend>{t('console.register.came')}</legend>
        {CAME.map((c, i) => (
          <div key={c} class="form-group-radio">
            <input ref={i === 0 ? firstRadio : undefined} id={`kc-came-${c}`} class="form-radio" type="radio" name="kc-came" value={c} checked={came === c} onChange={() => onCame(c)} />
            <label for={`kc-came-${c}`}>{t(`console.register.${c}`)}</label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('console.register.outcome')}</legend>
        <div class="kc-outcomes">
          {OUTCOMES.map((o) => (
            <button
              key={o.key}
              type="button"
              class={o.key === 'solvedWithHelp' ? 'primary' : 'secondary'}
              data-outcome={o.key}
              disabled={busy}
              onClick={() => {
                if (!came) {
                  onMissingCame();
                  firstRadio.current?.focus();
                  return;
                }
                onRegister({ came, solvedAtFirstContact: o.solvedAtFirstContact, selfServiceWithHelp: o.selfServiceWithHelp });
              }}
            >
              {t(`console.register.${o.key}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <p class={status?.kind === 'done' ? 'kc-said' : 'kc-said kc-error'} role="status">
        {status?.text ?? ''}
      </p>
    </section>
  );
}
