import type { Messages } from './da.js';

/** The launcher's label. The loader imports it alone, before the app and the rest of this file: keep it a separate export. */
export const launcherLabel = 'احصل على مساعدة في طلبك';

/** Arabic interface text. Topic content falls back to English. Needs review by a native speaker. */
export const ar: Messages = {
  title: 'أين أحصل على المساعدة؟',
  close: 'إغلاق',
  back: 'رجوع',
  startOver: 'ابدأ من جديد',
  language: 'اللغة',
  assistedBadge: 'بمساعدة موظف',
  you: 'كتبت',
  askNeed: {
    intro: 'اكتب بكلماتك ما تحتاج إليه، وسأدلك على أسرع طريق.',
    label: 'بماذا تحتاج المساعدة؟',
    placeholder: 'مثلاً: سأنتقل إلى سكن جديد',
    submit: 'ابحث عن المساعدة',
    popular: 'ما يسأل عنه كثيرون',
    privacy: 'لا تكتب رقم CPR أو أي معلومات شخصية أخرى.',
  },
  notFound: { text: 'عذراً، لم أفهم ذلك. جرّب كلمات أخرى أو اختر موضوعاً.', suggestions: 'هل تقصد …؟' },
  choosing: { text: 'أي من هذه يناسبك أكثر؟' },
  digital: {
    question: 'هل يمكنك استخدام MitID والخدمات الرقمية بنفسك؟',
    why: 'إجابتك تحدد أين تحصل على المساعدة بأسرع شكل.',
    yes: 'نعم',
    no: 'لا، أحتاج إلى مساعدة',
    skip: 'تخطَّ',
  },
  card: {
    heading: 'ماذا تفعل',
    alternatives: 'خيارات أخرى',
    authority: 'الجهة المسؤولة: {{name}}.',
    why: 'لماذا هذا الطريق؟',
    openNow: 'مفتوح الآن – يغلق الساعة {{time}}',
    openNowAllDay: 'مفتوح الآن',
    closed: 'مغلق الآن – يفتح {{when}}',
    alwaysOpen: 'متاح على مدار الساعة',
    needs: 'ما تحتاج إليه',
    expect: 'ما يمكنك توقعه',
    verify: '(تحقق من ذلك لدى بلديتك)',
    notWhat: 'هل تريد شيئاً آخر؟',
    related: 'قد تحتاج أيضاً إلى',
    done: 'انتهيت',
  },
  intent: {
    question: 'ماذا تريد أن تفعل؟',
    information: 'أقرأ عن القواعد والأسعار والمواعيد النهائية',
    interaction: 'أرى حالة قضيتي',
    transaction: 'أتقدم بطلب أو أطلب أو أبلّغ',
    relation: 'أتحدث مع موظف',
  },
  caution: {
    question: 'هل أي شخص في خطر الآن؟ اتصل بالرقم 112.',
    call: 'اتصل بالرقم 112',
  },
  emergency: {
    heading: 'هل هناك شخص في خطر؟ اتصل بالرقم 112 الآن.',
    lines: 'يمكنك أيضاً الاتصال بـ',
    continue: 'تابع سؤالي',
  },
  helped: {
    question: 'هل ساعدك هذا؟',
    yes: 'نعم',
    no: 'لا',
    thanks: 'شكراً على إجابتك. إنها تساعدنا على التحسن.',
  },
  contentFallback: 'تُعرض الإرشادات باللغة الإنجليزية.',
  readAloud: 'اقرأ بصوت عالٍ',
  loading: 'جارٍ التحميل …',
  error: 'حدث خطأ ما. حاول مرة أخرى أو اتصل بـ Borgerservice.',
};
