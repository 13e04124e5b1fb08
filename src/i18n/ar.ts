import type { Translation } from './translation.js';

const plural = new Intl.PluralRules('ar');
const INTEGRATIONS: Record<string, string> = {
  zero: 'لا تكاملات',
  one: 'تكامل واحد',
  two: 'تكاملان',
  few: 'تكاملات',
  many: 'تكاملًا',
  other: 'تكامل',
};

const ar: Translation = {
  locale: 'ar',
  dir: 'rtl',
  title: 'ربط تكامل',
  connectTo: (p) => `ربط ${p}`,
  close: 'إغلاق',
  back: 'كل التكاملات',
  search: 'ابحث في التكاملات',
  allCategories: 'الكل',
  categories: 'الفئات',
  count: (n, f) => {
    const form = plural.select(n);
    return form === 'zero' || form === 'one' || form === 'two' ? INTEGRATIONS[form]! : `${f} ${INTEGRATIONS[form]}`;
  },
  noMatch: (q) => `لا توجد نتائج لـ «${q}».`,
  showMore: (r) => `عرض ${r} أخرى`,
  loading: 'جارٍ التحميل…',
  unavailable: 'التكاملات غير متاحة حاليًا.',
  calloutLabels: { warning: 'تحذير', note: 'ملاحظة', info: 'معلومة', tip: 'نصيحة', check: 'تم', danger: 'خطر' },
  newTab: '(يفتح في علامة تبويب جديدة)',
  credentials: 'بيانات الاعتماد',
  requiredHint: '* مطلوب',
  optional: '(اختياري)',
  show: 'إظهار',
  hide: 'إخفاء',
  connect: 'ربط',
  connecting: 'جارٍ الربط…',
  problem: (p, label) =>
    ({
      required: `أدخل ${label}.`,
      pattern: `تحقّق من صيغة ${label}.`,
      url: `يجب أن يكون ${label} عنوان ويب (https://…).`,
      email: `يجب أن يكون ${label} بريدًا إلكترونيًا.`,
      number: `يجب أن يكون ${label} رقمًا.`,
      option: `اختر ${label}.`,
      tooLong: `${label} طويل جدًا.`,
      control: `يحتوي ${label} على أحرف غير مسموح بها.`,
    })[p],
  failed: 'تعذّر الربط',
  genericError: 'حدث خطأ ما. حاول مرة أخرى.',
  timeout: 'استغرق الأمر وقتًا طويلًا. حاول مرة أخرى.',
  noHandler: 'لم يتم إعداد الربط في هذه الصفحة بعد.',
  connected: (p) => `تم ربط ${p}`,
  account: (label) => `الحساب: ${label}`,
  done: 'تم',
  linked: 'متصل',
  accounts: 'الحسابات المرتبطة',
  relink: 'إعادة الربط',
  relinkTitle: (l) => `إعادة ربط ${l}`,
  keepSecret: 'اتركه فارغًا للإبقاء على القيمة المحفوظة.',
  linkAnother: 'ربط حساب آخر',
  disconnect: 'قطع الاتصال',
  confirmDisconnect: (l) => `هل تريد قطع الاتصال بـ ${l}؟ تتوقف المزامنة حتى تعيد ربطه.`,
  cancel: 'إلغاء',
  waiting: (p) => `أكمل تسجيل الدخول إلى ${p} في النافذة التي فُتحت.`,
  reopen: 'إعادة فتح النافذة',
  blocked: 'حظر متصفحك نافذة تسجيل الدخول.',
  openWindow: 'فتح نافذة تسجيل الدخول',
  openTab: 'فتح صفحة تسجيل الدخول في علامة تبويب جديدة',
  windowClosed: 'نافذة تسجيل الدخول مغلقة. إذا أكملت، فستتحدث هذه الصفحة تلقائيًا؛ وإلا فأعد فتحها.',
  signInTimeout: 'استغرق تسجيل الدخول وقتًا طويلًا. حاول مرة أخرى.',
  signInFailed: 'لم يكتمل تسجيل الدخول.',
  signIn: 'تسجيل الدخول',
  signInHint: (p) => `يفتح زر الربط صفحة تسجيل الدخول إلى ${p} في نافذة صغيرة.`,
};

export default ar;
