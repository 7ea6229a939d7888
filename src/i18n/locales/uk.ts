import type { Messages } from './da.js';

/** The launcher's label. The loader imports it alone, before the app and the rest of this file: keep it a separate export. */
export const launcherLabel = 'Отримати допомогу щодо вашого звернення';

/** Ukrainian interface text. Topic content falls back to English. Needs review by a native speaker. */
export const uk: Messages = {
  title: 'Де отримати допомогу?',
  close: 'Закрити',
  back: 'Назад',
  startOver: 'Почати спочатку',
  language: 'Мова',
  assistedBadge: 'З допомогою працівника',
  you: 'Ви написали',
  askNeed: {
    intro: 'Напишіть своїми словами, що вам потрібно. Я покажу найшвидший шлях.',
    label: 'З чим вам потрібна допомога?',
    placeholder: 'Наприклад: я переїжджаю',
    submit: 'Знайти допомогу',
    popular: 'Про що часто питають',
    privacy: 'Не пишіть свій номер CPR чи інші особисті дані.',
  },
  notFound: { text: 'На жаль, я не зрозумів. Спробуйте іншими словами або виберіть тему.', suggestions: 'Можливо, ви мали на увазі …?' },
  choosing: { text: 'Що з цього підходить найкраще?' },
  digital: {
    question: 'Чи можете ви самостійно користуватися MitID та онлайн-послугами?',
    why: 'Від відповіді залежить, де ви найшвидше отримаєте допомогу.',
    yes: 'Так',
    no: 'Ні, мені потрібна допомога',
    skip: 'Пропустити',
  },
  card: {
    heading: 'Що робити',
    alternatives: 'Інші варіанти',
    authority: 'Цим займається {{name}}.',
    why: 'Чому саме так?',
    openNow: 'Відчинено зараз – зачиняється о {{time}}',
    openNowAllDay: 'Відчинено зараз',
    closed: 'Зачинено зараз – відчиняється {{when}}',
    alwaysOpen: 'Доступно цілодобово',
    needs: 'Що вам потрібно',
    expect: 'Чого очікувати',
    verify: '(уточніть у своєму муніципалітеті)',
    notWhat: 'Потрібно щось інше?',
    related: 'Вам також може знадобитися',
    done: 'Я завершив',
  },
  intent: {
    question: 'Що ви хочете зробити?',
    information: 'Прочитати про правила, ціни та строки',
    interaction: 'Переглянути статус моєї справи',
    transaction: 'Подати заяву, замовити або повідомити',
    relation: 'Поговорити з працівником',
  },
  caution: {
    question: 'Хтось зараз у небезпеці? Телефонуйте 112.',
    call: 'Телефонувати 112',
  },
  emergency: {
    heading: 'Хтось у небезпеці? Телефонуйте 112 зараз.',
    lines: 'Ви також можете зателефонувати',
    continue: 'Продовжити з моїм питанням',
  },
  helped: {
    question: 'Чи це допомогло?',
    yes: 'Так',
    no: 'Ні',
    thanks: 'Дякуємо за відповідь. Це допомагає нам ставати кращими.',
  },
  contentFallback: 'Інструкції показано англійською мовою.',
  readAloud: 'Прочитати вголос',
  loading: 'Завантаження …',
  error: 'Щось пішло не так. Спробуйте ще раз або зателефонуйте до Borgerservice.',
};
