/** The launcher's label. The loader imports it alone, before the app and the rest of this file: keep it a separate export. */
export const launcherLabel = 'Få hjælp til din henvendelse';

export const da = {
  title: 'Hvor får jeg hjælp?',
  close: 'Luk',
  back: 'Tilbage',
  startOver: 'Start forfra',
  language: 'Sprog',
  assistedBadge: 'Medbetjening',
  you: 'Du skrev',
  askNeed: {
    intro: 'Skriv med dine egne ord, hvad du har brug for. Jeg viser dig den hurtigste vej.',
    label: 'Hvad har du brug for hjælp til?',
    placeholder: 'Fx jeg skal flytte',
    submit: 'Find hjælp',
    popular: 'Det spørger mange om',
    privacy: 'Skriv ikke dit CPR-nummer eller andre personlige oplysninger.',
  },
  notFound: {
    text: 'Det forstod jeg desværre ikke. Prøv med andre ord, eller vælg et af emnerne.',
    suggestions: 'Mente du …?',
  },
  choosing: { text: 'Hvad af dette passer bedst?' },
  digital: {
    question: 'Kan du selv bruge MitID og digitale løsninger?',
    why: 'Svaret afgør, hvor du hurtigst får hjælp.',
    yes: 'Ja',
    no: 'Nej, jeg har brug for hjælp',
    skip: 'Spring over',
  },
  card: {
    heading: 'Sådan gør du',
    alternatives: 'Andre muligheder',
    authority: 'Det er {{name}}, der behandler sagen.',
    why: 'Hvorfor denne vej?',
    openNow: 'Åbent nu – lukker kl. {{time}}',
    openNowAllDay: 'Åbent nu',
    closed: 'Lukket nu – åbner {{when}}',
    alwaysOpen: 'Åben hele døgnet',
    needs: 'Det skal du bruge',
    expect: 'Det kan du forvente',
    verify: '(tjek hos din kommune)',
    notWhat: 'Vil du noget andet?',
    related: 'Det kan du også få brug for',
    done: 'Jeg er færdig',
  },
  intent: {
    question: 'Hvad vil du?',
    information: 'Læse om regler, priser og frister',
    interaction: 'Se status på min sag',
    transaction: 'Søge, bestille eller anmelde',
    relation: 'Tale med en medarbejder',
  },
  caution: {
    question: 'Er nogen i fare lige nu? Ring 112.',
    call: 'Ring 112',
  },
  emergency: {
    heading: 'Er nogen i fare? Ring 112 nu.',
    lines: 'Du kan også ringe til',
    continue: 'Fortsæt med mit spørgsmål',
  },
  helped: {
    question: 'Hjalp det?',
    yes: 'Ja',
    no: 'Nej',
    thanks: 'Tak for dit svar. Det hjælper os med at blive bedre.',
  },
  contentFallback: 'Vejledningen vises på engelsk.',
  readAloud: 'Læs op',
  loading: 'Henter …',
  error: 'Noget gik galt. Prøv igen, eller ring til Borgerservice.',
} as const;

export type Messages = { [K in keyof typeof da]: (typeof da)[K] extends string ? string : { [L in keyof (typeof da)[K]]: string } };
