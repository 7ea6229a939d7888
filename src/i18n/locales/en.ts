import type { Messages } from './da.js';

/** The launcher's label. The loader imports it alone, before the app and the rest of this file: keep it a separate export. */
export const launcherLabel = 'Get help with your inquiry';

export const en: Messages = {
  title: 'Where do I get help?',
  close: 'Close',
  back: 'Back',
  startOver: 'Start over',
  language: 'Language',
  assistedBadge: 'Assisted',
  you: 'You wrote',
  askNeed: {
    intro: 'Tell me in your own words what you need. I will show you the quickest way.',
    label: 'What do you need help with?',
    placeholder: 'For example: I am moving',
    submit: 'Find help',
    popular: 'What many people ask about',
    privacy: 'Do not write your CPR number or other personal details.',
  },
  notFound: { text: 'Sorry, I did not understand that. Try other words, or choose a topic.', suggestions: 'Did you mean …?' },
  choosing: { text: 'Which of these fits best?' },
  digital: {
    question: 'Can you use MitID and online services yourself?',
    why: 'Your answer decides where you get help fastest.',
    yes: 'Yes',
    no: 'No, I need help',
    skip: 'Skip',
  },
  card: {
    heading: 'What to do',
    alternatives: 'Other options',
    authority: '{{name}} handles this.',
    why: 'Why this way?',
    openNow: 'Open now – closes at {{time}}',
    openNowAllDay: 'Open now',
    closed: 'Closed now – opens {{when}}',
    alwaysOpen: 'Open around the clock',
    needs: 'What you need',
    expect: 'What to expect',
    verify: '(check with your municipality)',
    notWhat: 'Want something else?',
    related: 'You may also need',
    done: 'I am done',
  },
  intent: {
    question: 'What do you want to do?',
    information: 'Read about rules, prices and deadlines',
    interaction: 'See the status of my case',
    transaction: 'Apply, order or report',
    relation: 'Talk to a member of staff',
  },
  caution: {
    question: 'Is anyone in danger right now? Call 112.',
    call: 'Call 112',
  },
  emergency: {
    heading: 'Is someone in danger? Call 112 now.',
    lines: 'You can also call',
    continue: 'Continue with my question',
  },
  helped: {
    question: 'Did this help?',
    yes: 'Yes',
    no: 'No',
    thanks: 'Thank you for your answer. It helps us improve.',
  },
  contentFallback: 'The guidance is shown in English.',
  readAloud: 'Read aloud',
  loading: 'Loading …',
  error: 'Something went wrong. Try again, or call Borgerservice.',
};
