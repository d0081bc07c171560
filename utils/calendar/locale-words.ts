/**
 * Every word the calendar readers need in a language other than structure: month and weekday names, "all day",
 * "Organizer", response words, Outlook's free/busy words and so on, for the display languages Leadway reads
 * (English, German, French, Spanish, Portuguese, Japanese). Readers prefer ids, `data-*` attributes and structure;
 * they come here only where a page says something in words alone. Month and weekday names come from
 * Intl.DateTimeFormat (CLDR, the data the calendars themselves format with), not from hand-typed lists.
 *
 * All matching is on lower-cased text; the tables are written lower-case.
 */

export const CALENDAR_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'ja'] as const;
export type CalendarLanguage = (typeof CALENDAR_LANGUAGES)[number];

/** One table per kind of word, every language's entries together (a page may mix English into another language). */
export interface WordTable {
  /** "all day" in a date line or an Outlook label. */
  allDay: string[];
  /** Words between a start and an end ("10:00 to 10:30", "10:00 bis 10:30"). */
  rangeWords: string[];
  /** The organizer's role word in guest rows and labels. */
  organizer: string[];
  /** Nouns after a count of people ("6 guests", "6 Gäste"). */
  peopleNouns: string[];
  /** Recurrence descriptions (a line containing one of these describes a repeat). */
  recurrence: string[];
  /** "Does not repeat" in each language: a line with one of these is not a recurrence. */
  noRecurrence: string[];
  /** "Created by" / "Organizer:" prefixes on Google's calendar line. */
  createdBy: string[];
  responses: Record<'accepted' | 'declined' | 'tentative' | 'needs-action', string[]>;
  /** Outlook: the word before the organizer in a tile label ("By Morgan Chen"). */
  outlookBy: string[];
  /** Outlook: free/busy words at the end of a tile label. */
  outlookShowAs: string[];
  /** Outlook: a tile label segment saying the event belongs to a series. */
  outlookRecurring: string[];
  /** Outlook: subject prefixes of cancelled events. */
  outlookCanceled: string[];
  /** Outlook: accessible labels of the peek card's and reading pane's rows. */
  outlookTimeLabels: string[];
  outlookOrganizerLabels: string[];
  outlookAttendeeLabels: string[];
  outlookRecurrenceLabels: string[];
  /** Outlook: the account button's label around the name ("Account manager for NAME"). */
  outlookAccountPrefixes: string[];
  /** Outlook: a recurrence line in the full event ("Occurs every Tuesday"). */
  outlookRecurrenceLines: string[];
}

/**
 * The words, by language. Google's and Microsoft's own translations where known; where a word is a reasonable
 * reading of the UI rather than confirmed, the reader has a structural way to the same fact first.
 */
const WORDS: Record<CalendarLanguage, WordTable> = {
  en: {
    allDay: ['all day', 'all-day', 'allday', 'all day event'],
    rangeWords: ['to', 'until'],
    organizer: ['organizer', 'organiser', 'organizer (you)', 'meeting organizer', 'meeting organiser', 'host'],
    peopleNouns: ['guest', 'guests', 'people', 'attendee', 'attendees', 'participant', 'participants', 'invitee', 'invitees'],
    recurrence: ['daily', 'weekly', 'monthly', 'annually', 'yearly', 'every', 'repeats', 'repeat', 'recurring', 'each weekday', 'on weekdays'],
    noRecurrence: ['does not repeat', "doesn't repeat"],
    createdBy: ['organizer', 'organiser', 'created by'],
    responses: {
      accepted: ['accepted', 'attending', 'going', 'yes'],
      declined: ['declined', 'not attending', 'not going', 'no'],
      tentative: ['tentative', 'tentatively accepted', 'maybe'],
      'needs-action': ['awaiting', 'awaiting response', 'needs action', 'no response', 'not responded', "didn't respond", 'didnt respond', "hasn't responded", 'pending'],
    },
    outlookBy: ['by'],
    outlookShowAs: ['busy', 'free', 'tentative', 'out of office', 'working elsewhere', 'away'],
    outlookRecurring: ['recurring event', 'exception to recurring event', 'occurrence of a recurring event'],
    outlookCanceled: ['canceled:', 'cancelled:'],
    outlookTimeLabels: ['Time'],
    outlookOrganizerLabels: ['Organizer', 'Organiser'],
    outlookAttendeeLabels: ['Attendees', 'Participants'],
    outlookRecurrenceLabels: ['Recurrence', 'Repeat'],
    outlookAccountPrefixes: ['account manager for'],
    outlookRecurrenceLines: ['occurs every', 'occurs each', 'recurring', 'repeats', 'repeat', 'every day', 'every weekday', 'every week', 'every other week', 'every month', 'every year', 'weekly on', 'daily', 'monthly on'],
  },
  de: {
    allDay: ['ganztägig', 'ganztags', 'ganztägiges ereignis', 'ganztägiger termin'],
    rangeWords: ['bis'],
    organizer: ['organisator', 'organisatorin', 'organisator (sie)', 'besprechungsorganisator'],
    peopleNouns: ['gast', 'gäste', 'gästen', 'personen', 'teilnehmer', 'teilnehmende', 'teilnehmerin', 'eingeladene'],
    recurrence: ['täglich', 'wöchentlich', 'monatlich', 'jährlich', 'jeden', 'jede', 'jedes', 'alle', 'wiederholt sich', 'werktags', 'an allen wochentagen'],
    noRecurrence: ['wird nicht wiederholt', 'keine wiederholung'],
    createdBy: ['organisator', 'erstellt von'],
    responses: {
      accepted: ['zugesagt', 'nimmt teil', 'angenommen', 'ja'],
      declined: ['abgesagt', 'abgelehnt', 'nimmt nicht teil', 'nein'],
      tentative: ['mit vorbehalt', 'vorläufig', 'vielleicht'],
      'needs-action': ['antwort ausstehend', 'keine antwort', 'nicht geantwortet', 'ausstehend'],
    },
    outlookBy: ['von', 'organisiert von'],
    outlookShowAs: ['gebucht', 'beschäftigt', 'frei', 'mit vorbehalt', 'abwesend', 'außer haus', 'an anderem ort tätig', 'woanders tätig'],
    outlookRecurring: ['wiederkehrendes ereignis', 'serientermin', 'terminserie', 'ausnahme von einem serientermin'],
    outlookCanceled: ['abgesagt:', 'storniert:'],
    outlookTimeLabels: ['Uhrzeit', 'Zeit'],
    outlookOrganizerLabels: ['Organisator', 'Organisatorin'],
    outlookAttendeeLabels: ['Teilnehmer', 'Teilnehmende'],
    outlookRecurrenceLabels: ['Serie', 'Wiederholung'],
    outlookAccountPrefixes: ['kontoverwaltung für', 'konto-manager für', 'kontomanager für'],
    outlookRecurrenceLines: ['findet jeden', 'findet jede', 'findet alle', 'tritt jeden', 'tritt jede', 'täglich', 'wöchentlich', 'monatlich', 'jährlich', 'wiederholt sich'],
  },
  fr: {
    allDay: ['toute la journée', 'journée entière', 'jour entier', 'événement d’une journée entière', "événement d'une journée entière"],
    rangeWords: ['à', 'au', "jusqu'à", 'jusqu’à'],
    organizer: ['organisateur', 'organisatrice', 'organisateur (vous)', 'organisateur de la réunion'],
    peopleNouns: ['invité', 'invités', 'invitée', 'invitées', 'personnes', 'participant', 'participants', 'participante', 'participantes'],
    recurrence: ['tous les', 'toutes les', 'chaque', 'quotidien', 'quotidienne', 'hebdomadaire', 'mensuel', 'mensuelle', 'annuel', 'annuelle', 'se répète', 'jours de semaine', 'jours ouvrés'],
    noRecurrence: ['ne se répète pas', 'aucune répétition'],
    createdBy: ['organisateur', 'organisatrice', 'créé par', 'créée par'],
    responses: {
      accepted: ['accepté', 'acceptée', 'participe', 'oui'],
      declined: ['refusé', 'refusée', 'ne participe pas', 'non'],
      tentative: ['provisoire', 'provisoirement accepté', 'peut-être'],
      'needs-action': ['en attente', 'en attente de réponse', 'pas de réponse', "n'a pas répondu", 'n’a pas répondu'],
    },
    outlookBy: ['par', 'organisé par'],
    outlookShowAs: ['occupé', 'libre', 'provisoire', 'absent', 'absent du bureau', 'travail ailleurs', 'travaille ailleurs'],
    outlookRecurring: ['événement périodique', 'événement récurrent', 'exception à un événement périodique'],
    outlookCanceled: ['annulé :', 'annulé:', 'annulée :', 'annulée:'],
    outlookTimeLabels: ['Heure', 'Horaire'],
    outlookOrganizerLabels: ['Organisateur', 'Organisatrice'],
    outlookAttendeeLabels: ['Participants'],
    outlookRecurrenceLabels: ['Périodicité', 'Répétition'],
    outlookAccountPrefixes: ['gestionnaire de comptes pour', 'gestionnaire de compte pour'],
    outlookRecurrenceLines: ['se produit tous les', 'se produit toutes les', 'se produit chaque', 'a lieu tous les', 'a lieu toutes les', 'a lieu chaque', 'se répète'],
  },
  es: {
    allDay: ['todo el día', 'evento de todo el día', 'día completo'],
    rangeWords: ['a', 'hasta'],
    organizer: ['organizador', 'organizadora', 'organizador (tú)', 'organizador de la reunión'],
    peopleNouns: ['invitado', 'invitados', 'invitada', 'invitadas', 'personas', 'asistente', 'asistentes', 'participante', 'participantes'],
    recurrence: ['cada', 'diariamente', 'semanalmente', 'mensualmente', 'anualmente', 'todos los', 'todas las', 'se repite', 'diario', 'semanal', 'mensual', 'anual', 'días laborables', 'entre semana'],
    noRecurrence: ['no se repite'],
    createdBy: ['organizador', 'organizadora', 'creado por', 'creada por'],
    responses: {
      accepted: ['aceptado', 'aceptada', 'asistirá', 'sí'],
      declined: ['rechazado', 'rechazada', 'no asistirá', 'no'],
      tentative: ['provisional', 'aceptado provisionalmente', 'quizás', 'tal vez'],
      'needs-action': ['esperando respuesta', 'pendiente', 'sin respuesta', 'no ha respondido', 'no respondió'],
    },
    outlookBy: ['por', 'organizado por'],
    outlookShowAs: ['ocupado', 'libre', 'disponible', 'provisional', 'fuera de la oficina', 'ausente', 'trabajando en otro lugar', 'trabajando en otra ubicación'],
    outlookRecurring: ['evento periódico', 'evento recurrente', 'excepción de un evento periódico'],
    outlookCanceled: ['cancelado:', 'cancelada:'],
    outlookTimeLabels: ['Hora'],
    outlookOrganizerLabels: ['Organizador', 'Organizadora'],
    outlookAttendeeLabels: ['Asistentes', 'Participantes'],
    outlookRecurrenceLabels: ['Periodicidad', 'Repetición'],
    outlookAccountPrefixes: ['administrador de cuentas para', 'administrador de cuentas de'],
    outlookRecurrenceLines: ['se repite cada', 'se produce cada', 'se repite', 'semanalmente', 'diariamente', 'mensualmente'],
  },
  pt: {
    allDay: ['dia inteiro', 'o dia todo', 'dia todo', 'evento de dia inteiro'],
    rangeWords: ['até', 'a', 'às'],
    organizer: ['organizador', 'organizadora', 'organizador (você)', 'organizador da reunião'],
    peopleNouns: ['convidado', 'convidados', 'convidada', 'convidadas', 'pessoas', 'participante', 'participantes'],
    recurrence: ['diariamente', 'semanalmente', 'mensalmente', 'anualmente', 'a cada', 'cada', 'todos os', 'todas as', 'toda', 'todo', 'repete', 'dias úteis'],
    noRecurrence: ['não se repete', 'não repete'],
    createdBy: ['organizador', 'organizadora', 'criado por', 'criada por'],
    responses: {
      accepted: ['aceito', 'aceita', 'aceitou', 'vai participar', 'sim'],
      declined: ['recusado', 'recusada', 'recusou', 'não vai participar', 'não'],
      tentative: ['provisório', 'provisória', 'talvez'],
      'needs-action': ['aguardando resposta', 'sem resposta', 'não respondeu', 'pendente'],
    },
    outlookBy: ['por', 'organizado por'],
    outlookShowAs: ['ocupado', 'livre', 'provisório', 'tentativa', 'ausente', 'fora do escritório', 'trabalhando em outro lugar', 'trabalhando em outro local'],
    outlookRecurring: ['evento recorrente', 'evento periódico', 'exceção de evento recorrente'],
    outlookCanceled: ['cancelado:', 'cancelada:'],
    outlookTimeLabels: ['Horário', 'Hora'],
    outlookOrganizerLabels: ['Organizador', 'Organizadora'],
    outlookAttendeeLabels: ['Participantes'],
    outlookRecurrenceLabels: ['Recorrência', 'Repetição'],
    outlookAccountPrefixes: ['gerenciador de contas para', 'gestor de contas para'],
    outlookRecurrenceLines: ['ocorre a cada', 'ocorre todo', 'ocorre toda', 'ocorre todas', 'ocorre todos', 'repete', 'semanalmente', 'diariamente', 'mensalmente'],
  },
  ja: {
    allDay: ['終日', '終日の予定', '終日イベント'],
    rangeWords: ['から', '～', '〜', '~'],
    organizer: ['主催者', '開催者', '主催者（自分）'],
    peopleNouns: ['人', '名', 'ゲスト', '出席者', '参加者'],
    recurrence: ['毎日', '毎週', '毎月', '毎年', '隔週', '平日', '繰り返し', '週ごと', '日ごと', 'か月ごと', '年ごと'],
    noRecurrence: ['繰り返さない', '繰り返しなし'],
    createdBy: ['主催者', '開催者', '作成者'],
    responses: {
      accepted: ['承諾', '承諾済み', '参加', 'はい'],
      declined: ['辞退', '辞退済み', '不参加', 'いいえ'],
      tentative: ['仮承諾', '仮の予定', '未定'],
      'needs-action': ['返信待ち', '未返信', '応答なし', '未回答'],
    },
    outlookBy: ['開催者:', '開催者：', '主催者:', '主催者：', '開催者', '主催者'],
    outlookShowAs: ['予定あり', '空き時間', '空き', '仮の予定', '外出中', '他の場所で作業中', '他の場所で作業', '不在'],
    outlookRecurring: ['定期的な予定', '定期的なイベント', '定期的な予定の例外'],
    outlookCanceled: ['キャンセル済み:', 'キャンセル済み：', 'キャンセル:', '予定のキャンセル:'],
    outlookTimeLabels: ['時刻', '時間'],
    outlookOrganizerLabels: ['開催者', '主催者'],
    outlookAttendeeLabels: ['出席者', '参加者'],
    outlookRecurrenceLabels: ['定期的なアイテム', '繰り返し'],
    outlookAccountPrefixes: ['アカウント マネージャー:', 'アカウント マネージャー：', 'アカウント マネージャー'],
    outlookRecurrenceLines: ['毎日', '毎週', '毎月', '毎年', '隔週', '定期的', '繰り返し'],
  },
};

/** One language's table, for fixtures and tests that render a page in that language. */
export function wordsFor(language: CalendarLanguage): WordTable {
  return WORDS[language];
}

/** Every language's entries for one kind of word, longest first (so "all day event" wins over "all day"). */
export function allWords<K extends Exclude<keyof WordTable, 'responses'>>(kind: K): string[] {
  const words = new Set<string>();
  for (const language of CALENDAR_LANGUAGES) for (const word of WORDS[language][kind]) words.add(word);
  return [...words].sort((a, b) => b.length - a.length);
}

export function responseWords(response: keyof WordTable['responses']): string[] {
  const words = new Set<string>();
  for (const language of CALENDAR_LANGUAGES) for (const word of WORDS[language].responses[response]) words.add(word);
  return [...words].sort((a, b) => b.length - a.length);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex alternation of words, longest first, with letters required not to continue on either side. */
export function wordAlternation(words: readonly string[]): string {
  return `(?:${[...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;
}

/** True when the whole (trimmed, lower-cased) text is one of the words. */
export function isOneOf(text: string, words: readonly string[]): boolean {
  const t = text.trim().toLowerCase();
  return words.includes(t);
}

// ------------------------------------------------------------------------------------------ month and weekday names

const INTL_LOCALES = ['en', 'de', 'fr', 'es', 'pt', 'pt-PT', 'ja'];

let monthCache: Map<string, number> | undefined;
let weekdayCache: Map<string, number> | undefined;

/** Lower-cased month names (long and short, standalone and in a date, with and without a final dot) -> 0..11. */
export function monthNames(): Map<string, number> {
  if (monthCache) return monthCache;
  const map = new Map<string, number>();
  const add = (name: string, month: number) => {
    const clean = name.toLowerCase().trim();
    if (!clean || /\d/.test(clean)) return;
    for (const variant of [clean, clean.replace(/\.$/, '')]) if (!map.has(variant)) map.set(variant, month);
  };
  for (const locale of INTL_LOCALES) {
    for (const width of ['long', 'short'] as const) {
      for (let month = 0; month < 12; month++) {
        const date = new Date(2026, month, 15);
        try {
          add(new Intl.DateTimeFormat(locale, { month: width }).format(date), month);
          const part = new Intl.DateTimeFormat(locale, { month: width, day: 'numeric' })
            .formatToParts(date)
            .find((p) => p.type === 'month')?.value;
          if (part) add(part, month);
        } catch {
          // A runtime without this locale's data keeps the names it has.
        }
      }
    }
  }
  // Spellings in use beside CLDR's (English "Sept", German "Sept.", French "juil", Spanish "sep").
  for (const [name, month] of [['sept', 8], ['sep', 8], ['juil', 6], ['janv', 0], ['févr', 1], ['fevr', 1], ['mrz', 2], ['setiembre', 8]] as const) {
    if (!map.has(name)) map.set(name, month);
  }
  monthCache = map;
  return map;
}

/** Lower-cased weekday names (long and short) -> 0 (Sunday)..6. Japanese also as "木曜日", "木曜", "木". */
export function weekdayNames(): Map<string, number> {
  if (weekdayCache) return weekdayCache;
  const map = new Map<string, number>();
  const add = (name: string, day: number) => {
    const clean = name.toLowerCase().trim();
    if (!clean) return;
    for (const variant of [clean, clean.replace(/\.$/, '')]) if (!map.has(variant)) map.set(variant, day);
  };
  for (const locale of INTL_LOCALES) {
    for (const width of ['long', 'short'] as const) {
      for (let day = 0; day < 7; day++) {
        // November 22, 2026 is a Sunday.
        try {
          const name = new Intl.DateTimeFormat(locale, { weekday: width }).format(new Date(2026, 10, 22 + day));
          add(name, day);
          if (locale === 'ja') add(name.replace(/日$/, ''), day); // 木曜日 -> 木曜
        } catch {
          // As above.
        }
      }
    }
  }
  for (const [name, day] of [['tues', 2], ['thur', 4], ['thurs', 4]] as const) if (!map.has(name)) map.set(name, day);
  weekdayCache = map;
  return map;
}

// ------------------------------------------------------------------------------------------ the page's language

/**
 * Whether numeric dates on a page read day first ("24/11/2026", "24.11.2026"), from the page's `lang`. US English
 * (and Japanese, which writes year first and is handled apart) read month first; the other languages here read
 * day first.
 */
export function dayFirstFor(lang: string | null | undefined): boolean {
  const tag = (lang ?? '').trim().toLowerCase();
  if (!tag) return false;
  if (tag === 'en' || tag === 'en-us' || tag.startsWith('en-us') || tag === 'en-ph' || tag === 'en-ca') return false;
  if (tag.startsWith('ja') || tag.startsWith('zh') || tag.startsWith('ko')) return false;
  return true;
}

/** The language a document declares (`<html lang>`), lower-cased; '' when none. */
export function pageLanguage(doc: Document | null | undefined): string {
  try {
    return (doc?.documentElement?.getAttribute('lang') ?? '').trim().toLowerCase();
  } catch {
    return '';
  }
}
