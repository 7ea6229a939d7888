/**
 * The staff pages' words in Danish, the source language; staff-en.ts has the same shape. Channel
 * and inquiry-type names follow the strategies' Danish (as the KOMHEN export writes them).
 */
export const staffDa = {
  product: 'Kanalguide',
  skipToContent: 'Gå til indholdet',
  language: 'Sprog',
  loading: 'Henter …',
  roles: { manager: 'kanalansvarlig', staff: 'medarbejder', operator: 'driftsansvarlig' },
  header: { loggedInAs: 'Logget ind som {{username}} ({{role}})', logout: 'Log ud', loggingOut: 'Logger ud …' },
  nav: { label: 'Sider', dashboard: 'Kanaloverblik', console: 'Konsol' },
  login: {
    heading: 'Log ind',
    intro: 'Log ind med den konto, din kommune har oprettet til dig.',
    username: 'Brugernavn',
    password: 'Adgangskode',
    submit: 'Log ind',
    busy: 'Logger ind …',
    errorHeading: 'Du blev ikke logget ind',
    missing: 'Skriv både brugernavn og adgangskode.',
    wrong: 'Forkert brugernavn eller adgangskode. Tjek stavningen og prøv igen.',
    locked: 'Kontoen er låst efter for mange forkerte forsøg. Prøv igen om {{minutes}} minutter, eller bed en driftsansvarlig om en ny adgangskode.',
    refused: 'Serveren afviste login: {{reason}}',
    serverDown: 'Serveren svarer ikke lige nu. Prøv igen om lidt; din indtastning er bevaret.',
  },
  pages: {
    notFound: { heading: 'Siden findes ikke', text: 'Der er ingen personaleside på denne adresse.', home: 'Gå til din forside' },
    console: {
      heading: 'Konsol til medbetjening',
      failed: 'Konsollen kunne ikke starte: {{reason}}. Genindlæs siden; virker det ikke, så kontakt den driftsansvarlige.',
      noMunicipality: 'Konsollen hjælper borgere i én kommune, og din konto hører ikke til en kommune.',
    },
    failed: { heading: 'Siden kunne ikke hentes', text: 'Tjek forbindelsen og genindlæs siden.' },
  },
  sessionFailed: 'Serveren svarer ikke, så vi kan ikke se, om du er logget ind. Prøv igen om lidt.',
  retry: 'Prøv igen',
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type StaffMessages = Widen<typeof staffDa>;
