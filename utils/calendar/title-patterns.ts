/**
 * What an event title says about the meeting. 1:1 titles vary ("1:1", "1-1", "1on1", "one-on-one", "121",
 * "Dana / Morgan", "Dana <> Morgan", "Sync w/ Morgan", "Skip-level", "check-in"); group meetings have their
 * own vocabulary ("Sprint planning", "All hands", "Standup"). Besides English, the tables know the common shapes
 * in German ("Jour fixe", "Einzelgespräch"), French ("Point individuel", "Tête-à-tête"), Spanish ("Reunión 1:1",
 * "Reunión individual"), Portuguese ("Reunião individual") and Japanese ("1on1ミーティング", "個人面談"), and
 * their group meetings ("Sprint-Planung", "Réunion d'équipe", "Reunión de equipo", "チーム定例").
 */
import { cleanText, MAX_TEXT, normaliseName } from './text';

export interface TitleSignals {
  /** An explicit 1:1 marker found in the title ("1:1", "one-on-one", "skip-level"…), as written. */
  marker?: string;
  /** Softer hints, each a short description ("catch-up", "a pair of names"). */
  hints: string[];
  /** Words of group meetings found in the title ("sprint planning"). */
  groupWords: string[];
  skipLevel: boolean;
  /** Person names the title mentions ("Dana / Morgan" -> ["Dana", "Morgan"]). */
  names: string[];
  /** True when the names come as a pair around a separator ("A / B", "A <> B", "A x B"). */
  namePair: boolean;
}

/**
 * Whole words in any script: `\b` knows only ASCII letters, so "équipe" or "Gespräch" need letter-aware edges.
 * Japanese and Chinese words are written without spaces, so they get no edges at all.
 */
function words(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu');
}

const SKIP_LEVEL = /skip[\s-]?level|スキップレベル|(?<![\p{L}\p{N}])n\s?\+\s?2(?![\p{L}\p{N}])/iu;

/** Explicit 1:1 markers and how reasons name them (an empty name: as the title writes it). */
const MARKERS: Array<[RegExp, string]> = [
  [/(?<![\w:./-])[1１]\s?[:：\-–]\s?[1１](?![\d:./]|-\d)(?:s\b)?/iu, '1:1'],
  [/(?<![\w])[1１]\s?on\s?[1１](?!\w)/iu, '1 on 1'],
  [/\bone[\s-]+on[\s-]+one\b/iu, 'one-on-one'],
  [/(?<![\w.:#/-])(?<!\b(?:room|rm|floor|suite|building|no\.?)\s?)121(?![\w.:/-])/iu, '121'],
  [/(?<![\w])1\s?x\s?1(?!\w)/iu, '1x1'],
  [SKIP_LEVEL, 'skip-level'],
  // German
  [words('jour[\\s-]?fixe'), ''],
  [words('einzel(?:gespräch|gespraech|termin|meeting)|vier[\\s-]?augen[\\s-]?gespräch|mitarbeiter(?:innen)?gespräch'), ''],
  // French
  [words('point individuel|entretien individuel|réunion individuelle|tête[\\s-]à[\\s-]tête|tete[\\s-]a[\\s-]tete|one[\\s-]to[\\s-]one'), ''],
  // Spanish and Portuguese
  [words('reuni[óo]n individual|reuni[ãa]o individual|conversa individual|uno a uno|um a um'), ''],
  // Japanese (no spaces between words)
  [/個人面談|個別面談|1対1|１対１|ワンオンワン|ワン・オン・ワン/u, ''],
];

const HINTS: Array<[RegExp, string]> = [
  // Case-sensitive on purpose: "Sync w/ Morgan" names a person, "sync with the team" does not.
  [/\b[Ss]ync(?:[\s-]?[Uu]p)?\s+(?:w\/|[Ww]ith)\s*\p{Lu}/u, 'sync with one person'],
  [/\bcatch[\s-]?up\b/i, 'catch-up'],
  [/\bcheck[\s-]?in\b/i, 'check-in'],
  [/\bcoffee(\s+chat)?\b/i, 'coffee chat'],
  [/\bmentor(ing|ship)?\b/i, 'mentoring'],
  [/\bcareer (chat|conversation|development|growth)\b/i, 'career conversation'],
  [/\b(growth|feedback|development) (chat|conversation|session)\b/i, 'feedback conversation'],
  // German, French, Spanish, Portuguese, Japanese
  [words('austausch|kaffee(?:plausch|pause)?|café|cafe|cafezinho|caf[ée] com'), 'coffee chat'],
  [words('(?:feedback|entwicklungs|karriere|perspektiv)gespräch|entretien (?:annuel|de carrière|de développement)|point carrière|conversa de carreira|charla de carrera'), 'career conversation'],
  [words('mentor(?:ing|at|ía|ia)'), 'mentoring'],
  [/面談|キャリア相談|メンタリング/u, 'a conversation (面談)'],
];

/** Group-meeting vocabulary. "Team" words catch "Team sync", "Eng weekly" and the like. */
const GROUP_WORDS: Array<[RegExp, string]> = [
  [/\bsprint\s+(planning|review|demo)\b/i, 'sprint planning'],
  [/\b(planning|roadmap|okr)s?\b/i, 'planning'],
  [/\ball[\s-]?hands\b/i, 'all hands'],
  [/\b(stand[\s-]?ups?|daily scrum|scrum|daily sync)\b/i, 'standup'],
  [/\bretro(spective)?s?\b/i, 'retro'],
  [/\b(interview|phone screen|onsite loop|debrief|hiring committee)s?\b/i, 'interview'],
  [/\b(team|staff|squad|guild|leads?|managers?|directors?|department|org|eng|engineering|product|design|platform|infra)\s+(sync|meeting|weekly|catch[\s-]?up|check[\s-]?in|huddle|call|review)\b/i, 'team sync'],
  [/\btown[\s-]?hall\b/i, 'town hall'],
  [/\bdemos?(\s+day)?\b/i, 'demo'],
  [/\b(kick[\s-]?off|workshop|training|offsite|off-site|webinar|lunch (and|&) learn|brown bag|office hours|happy hour|party|celebration|social|book club|reading group|ama)\b/i, 'group session'],
  [/\b(design|architecture|arch|incident|post[\s-]?mortem|quarterly business) review\b|\bpost[\s-]?mortem\b|\bqbr\b/i, 'review meeting'],
  [/\b(ooo|out of office|vacation|holiday|pto|focus time|no meetings?|do not book|commute|lunch break|blocked?)\b/i, 'time block'],
  [/\b(triage|on[\s-]?call handoff|board meeting|sync-up with (the )?team)\b/i, 'group session'],
  // German
  [words('sprint[\\s-]?planung|planung|planungsrunde|retrospektive'), 'planning'],
  [words('team[\\s-]?(?:meeting|runde|besprechung|sitzung|termin|jour[\\s-]?fixe)|jour[\\s-]?fixe[\\s-](?:team|abteilung|gruppe|bereich)|abteilungs\\p{L}*|bereichs\\p{L}*|gruppen\\p{L}*|betriebsversammlung|mitarbeiterversammlung'), 'team meeting'],
  [words('vorstellungsgespräch|bewerbungsgespräch|schulung|workshop|urlaub|fokuszeit|mittagspause|blocker'), 'interview, training or time block'],
  // French
  [words('planification(?: du sprint)?|planning|rétrospective|retrospective|rétro|point (?:d[\'’])?équipe|réunion (?:d[\'’])?équipe|comité|assemblée générale|séminaire'), 'team meeting'],
  [words('entretien d[\'’]embauche|formation|atelier|congés|vacances|temps de concentration|pause déjeuner'), 'interview, training or time block'],
  // Spanish and Portuguese
  [words('planificaci[óo]n(?: del sprint)?|planejamento(?: da sprint)?|retrospectiva|reuni[óo]n de equipo|reuni[ãa]o de (?:equipe|time)|comit[êé]|asamblea'), 'team meeting'],
  [words('entrevista|capacitaci[óo]n|treinamento|taller|oficina|vacaciones|f[ée]rias|tiempo de concentraci[óo]n|tempo de foco|almuerzo|almo[çc]o'), 'interview, training or time block'],
  // Japanese
  [/チーム|全体会議|全社|定例会議|部会|朝会|夕会|スプリント|振り返り|計画会議|キックオフ/u, 'team meeting'],
  [/面接|研修|勉強会|休暇|集中タイム|昼休み|作業時間/u, 'interview, training or time block'],
];

/** Capitalised words that are not people's names, so "Design / Eng" is not read as two people. */
const NOT_NAMES = new Set(
  `design engineering eng product marketing sales team teams qa ops devops platform backend frontend mobile data infra
  security legal finance hr people leadership staff weekly daily monthly quarterly biweekly sync meeting review planning
  project q1 q2 q3 q4 api ux ui customer support partner partners vendor board company all hands sprint retro demo
  interview lunch coffee chat catch check in up and the with of for prep notes discussion intro introduction kickoff
  strategy roadmap budget hiring onboarding offsite standup growth career feedback mentoring mentor skip level google
  microsoft zoom meet call tbd jira github slack ooo pto focus time block hold office hours session call sync-up okr
  okrs kpi kpis eod eow fyi re fw internal external team's ai ml it ceo cto cfo vp svp evp director manager managers
  leads lead one on monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december new old next last quick brief deep dive working group updates update
  status report reports weekly-sync bi-weekly biweekly agenda alignment room booking busy tentative free hold travel flight gym dentist doctor
  personal private reminder deadline release launch deploy catch-up catchup check-in checkin sync-up follow-up
  followup kick-off stand-up all-hands one-on-one skip-level mentorship chats coffee-chat career-chat 1:1
  jour fixe point réunion reunion reunión reunião entretien individuel individuelle individual einzelgespräch gespräch
  besprechung termin treffen austausch abstimmung kaffee café cafe charla conversa conversación équipe equipo equipe
  planung sprint-planung wöchentlich wöchentliches hebdo semanal mensal mensual montag dienstag mittwoch donnerstag
  freitag lundi mardi mercredi jeudi vendredi lunes martes miércoles jueves viernes skip-level-gespräch n+2`.split(/\s+/),
);

const PAIR_SEPARATOR = /\s+(?:<->|x|×|&|\||-|–|—)\s+|\s*(?:\/|<>|\+)\s*/;
const NAME_TOKEN = /^\p{Lu}[\p{L}'’.-]*$/u;

export function readTitle(title: string): TitleSignals {
  const text = cleanText(title.slice(0, MAX_TEXT));
  // A marker with an empty label is reported as the title writes it ("Jour fixe", "Tête-à-tête", "個人面談").
  const found = MARKERS.find(([pattern]) => pattern.test(text));
  const marker = found && ([found[0], found[1] || cleanText(found[0].exec(text)?.[0])] as const);
  const hints = [...new Set(HINTS.filter(([pattern]) => pattern.test(text)).map(([, hint]) => hint))];
  const groupWords = [...new Set(GROUP_WORDS.filter(([pattern]) => pattern.test(text)).map(([, word]) => word))];
  const { names, pair } = namesIn(text, !!found || hints.length > 0);
  if (pair) hints.push('a pair of names');
  return {
    marker: marker?.[1],
    hints,
    groupWords,
    skipLevel: SKIP_LEVEL.test(text),
    names,
    namePair: pair,
  };
}

export function isSkipLevelTitle(title: string | null | undefined): boolean {
  return SKIP_LEVEL.test((title ?? '').slice(0, MAX_TEXT));
}

/** Person names a title mentions, in order: "1:1 Dana / Morgan", "Sync w/ Morgan Chen", "Morgan 1:1". */
export function namesFromTitle(title: string | null | undefined): string[] {
  return namesIn(cleanText(title?.slice(0, MAX_TEXT))).names;
}

const ANY_MARKER = new RegExp(MARKERS.map(([pattern]) => pattern.source).join('|'), 'giu');

function namesIn(text: string, hasOneOnOneWords?: boolean): { names: string[]; pair: boolean } {
  // Markers and brackets are noise around the names.
  const stripped = text
    .replace(/\[[^\]]*\]|\([^)]*\)/g, ' ')
    .replace(ANY_MARKER, ' , ')
    .replace(/\s*[:,;]\s*/g, ' , ')
    .replace(/'s\b|’s\b/g, '');

  const pair = pairOfNames(stripped);
  if (pair) return { names: pair, pair: true };

  const names: string[] = [];
  // "with Morgan", "w/ Morgan"
  const withName = /(?<![\p{L}])(?:w\/|with|mit|avec|con|com)\s+(.+)$/iu.exec(stripped);
  if (withName) {
    const name = leadingName(withName[1]!.split(/\s+/));
    if (name) names.push(name);
  }
  // "Morgan 1:1" / "Check in: Priya": a lone name, trusted only next to a 1:1 word ("Dentist" alone is no one).
  const oneOnOneWords = hasOneOnOneWords ?? [...MARKERS, ...HINTS].some(([pattern]) => pattern.test(text));
  if (names.length === 0 && oneOnOneWords) {
    for (const segment of stripped.split(' , ')) {
      const tokens = segment.trim().split(/\s+/).filter(Boolean);
      const name = leadingName(tokens) ?? trailingName(tokens);
      if (name && tokens.length <= 4) names.push(name);
    }
  }
  return { names: [...new Set(names)], pair: false };
}

/** The first separator with a name right before it and a name right after it ("Coffee chat – Dana + Sam"). */
function pairOfNames(text: string): string[] | undefined {
  for (const segment of text.split(' , ')) {
    const parts = segment.split(PAIR_SEPARATOR);
    for (let index = 0; index + 1 < parts.length; index++) {
      const left = trailingName(parts[index]!.trim().split(/\s+/).filter(Boolean));
      const right = leadingName(parts[index + 1]!.trim().split(/\s+/).filter(Boolean));
      if (left && right && normaliseName(left) !== normaliseName(right)) return [left, right];
    }
  }
  return undefined;
}

function isNameToken(token: string): boolean {
  return NAME_TOKEN.test(token) && token.length >= 2 && token.length <= 24 && !NOT_NAMES.has(token.toLowerCase());
}

/** The name at the start of a token list ("Morgan Chen weekly" -> "Morgan Chen"). At most three words. */
function leadingName(tokens: string[]): string | undefined {
  const run: string[] = [];
  for (const token of tokens) {
    if (!isNameToken(token) || run.length === 3) break;
    run.push(token);
  }
  return run.length > 0 ? run.join(' ') : undefined;
}

/** The name at the end of a token list ("Weekly Dana" -> "Dana"). */
function trailingName(tokens: string[]): string | undefined {
  const run: string[] = [];
  for (const token of [...tokens].reverse()) {
    if (!isNameToken(token) || run.length === 3) break;
    run.unshift(token);
  }
  return run.length > 0 ? run.join(' ') : undefined;
}
