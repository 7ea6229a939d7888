import type { StaffMessages } from './staff-da.js';

export const staffEn: StaffMessages = {
  product: 'Kanalguide',
  skipToContent: 'Skip to content',
  language: 'Language',
  loading: 'Loading …',
  roles: { manager: 'channel manager', staff: 'staff member', operator: 'operator' },
  header: { loggedInAs: 'Logged in as {{username}} ({{role}})', logout: 'Log out', loggingOut: 'Logging out …' },
  nav: { label: 'Pages', dashboard: 'Channel overview', console: 'Console' },
  login: {
    heading: 'Log in',
    intro: 'Log in with the account your municipality made for you.',
    username: 'Username',
    password: 'Password',
    submit: 'Log in',
    busy: 'Logging in …',
    errorHeading: 'You were not logged in',
    missing: 'Enter both a username and a password.',
    wrong: 'Wrong username or password. Check the spelling and try again.',
    locked: 'The account is locked after too many wrong attempts. Try again in {{minutes}} minutes, or ask an operator for a new password.',
    refused: 'The server refused the login: {{reason}}',
    serverDown: 'The server is not answering right now. Try again in a moment; what you typed is kept.',
  },
  pages: {
    notFound: { heading: 'No such page', text: 'There is no staff page at this address.', home: 'Go to your start page' },
    console: {
      heading: 'Assisted-service console',
      failed: 'The console could not start: {{reason}}. Reload the page; if that does not help, contact the operator.',
      noMunicipality: 'The console helps citizens of one municipality, and your account belongs to none.',
    },
    failed: { heading: 'The page could not be loaded', text: 'Check the connection and reload the page.' },
  },
  sessionFailed: 'The server is not answering, so we cannot tell whether you are logged in. Try again in a moment.',
  retry: 'Try again',
};
