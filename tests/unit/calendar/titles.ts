/**
 * Real-world shapes of calendar entries, with what a person would call them. `people` counts everyone on the
 * visible guest list including the user; null means the page hides the list (title and organizer decide).
 * `guestCount` stands for Outlook's peek card, which shows only a count. Some entries are genuinely hard: the
 * accuracy figure is honest about them rather than the classifier being tuned to this table.
 */
export interface TitleCase {
  title: string;
  people: number | null;
  guestCount?: number;
  allDay?: boolean;
  /** Who organizes it when the list is hidden (default: someone else). */
  organizer?: 'self' | 'other';
  expected: boolean;
}

export const TITLE_CASES: TitleCase[] = [
  // 1:1s
  { title: '1:1', people: 2, expected: true },
  { title: 'Dana / Morgan', people: 2, expected: true },
  { title: 'Morgan <> Dana', people: 2, expected: true },
  { title: 'Dana x Priya', people: 2, expected: true },
  { title: 'Dana + Sam', people: 2, expected: true },
  { title: '1-1 Dana and Priya', people: 2, expected: true },
  { title: '1on1', people: 2, expected: true },
  { title: '1 on 1 w/ Morgan', people: 2, expected: true },
  { title: 'One-on-one: Morgan & Dana', people: 2, expected: true },
  { title: 'one on one', people: null, expected: true },
  { title: '121 Dana/Priya', people: null, expected: true },
  { title: 'Sync w/ Morgan', people: 2, expected: true },
  { title: 'Sync w/ Morgan', people: null, expected: true },
  { title: 'Catch-up', people: 2, expected: true },
  { title: 'Catch up with Priya', people: null, expected: true },
  { title: 'Weekly check-in', people: 2, expected: true },
  { title: 'Check in: Priya', people: null, expected: true },
  { title: 'Skip-level with Jordan', people: 2, expected: true },
  { title: 'Skip level', people: null, expected: true },
  { title: 'Coffee chat', people: 2, expected: true },
  { title: 'Mentoring session – Alex', people: 2, expected: true },
  { title: 'Mentoring', people: null, expected: true },
  { title: 'Project Phoenix', people: 2, expected: true },
  { title: 'Quick chat', people: 2, expected: true },
  { title: "Priya's 1:1", people: null, expected: true },
  { title: 'Morgan 1:1', people: null, expected: true },
  { title: '1:1 (moved)', people: 2, expected: true },
  { title: '[Recurring] Dana | Priya', people: 2, expected: true },
  { title: 'Career conversation', people: 2, expected: true },
  { title: 'Dana<>Morgan', people: null, guestCount: 2, expected: true },
  { title: 'Weekly sync', people: 2, expected: true },
  { title: 'Performance review: Priya', people: 2, expected: true },
  { title: 'Morgan / Dana – biweekly', people: null, guestCount: 2, expected: true },
  { title: 'Dana & Sam', people: null, expected: true },

  // Not 1:1s
  { title: 'Sprint planning', people: 8, expected: false },
  { title: 'Sprint planning', people: null, expected: false },
  { title: 'All hands', people: 120, expected: false },
  { title: 'All-hands', people: null, expected: false },
  { title: 'Daily standup', people: 6, expected: false },
  { title: 'Standup', people: null, expected: false },
  { title: 'Retro', people: 7, expected: false },
  { title: 'Sprint retrospective', people: null, expected: false },
  { title: 'Interview: Alex Kim', people: 2, expected: false },
  { title: 'Phone screen - backend candidate', people: 2, expected: false },
  { title: 'Team sync', people: 5, expected: false },
  { title: 'Team sync', people: null, expected: false },
  { title: 'Town hall', people: null, expected: false },
  { title: 'Demo day', people: 30, expected: false },
  { title: 'Platform demo', people: null, expected: false },
  { title: '1:1', people: 3, expected: false },
  { title: 'Focus time', people: 1, expected: false },
  { title: 'Lunch', people: 1, expected: false },
  { title: 'Dana OOO', people: null, allDay: true, organizer: 'self', expected: false },
  { title: 'Dana / Morgan', people: 2, allDay: true, expected: false },
  { title: 'Design review', people: 5, expected: false },
  { title: 'Project Phoenix', people: null, expected: false },
  { title: 'Eng weekly', people: null, expected: false },
  { title: 'Acme x Globex partnership sync', people: 5, expected: false },
  { title: 'Design / Eng sync', people: null, expected: false },
  { title: 'Kickoff: importer v2', people: 4, expected: false },
  { title: 'Office hours', people: null, expected: false },
  { title: 'Hiring committee', people: 4, expected: false },
  { title: 'Virtual coffee', people: null, guestCount: 12, expected: false },
  { title: 'Catch-up', people: 4, expected: false },
  { title: '1:1 prep', people: 1, expected: false },
  { title: 'Mentoring circle', people: 6, expected: false },
  { title: 'Interview debrief', people: null, expected: false },
  { title: 'Quarterly planning', people: null, expected: false },
  { title: 'Board meeting', people: null, expected: false },
  { title: 'Acme x Globex intro', people: null, expected: false },

];

/**
 * Titles in German, French, Spanish, Portuguese and Japanese. Every one of these must be right (the test in
 * classify.test.ts checks each), and they count in the accuracy figure with the rest.
 */
export const OTHER_LANGUAGE_TITLE_CASES: TitleCase[] = [
  // 1:1s
  { title: 'Jour fixe', people: 2, expected: true },
  { title: 'Jour fixe Dana / Morgan', people: null, expected: true },
  { title: 'Einzelgespräch', people: null, expected: true },
  { title: 'Einzelgespräch mit Priya', people: 2, expected: true },
  { title: 'Mitarbeitergespräch Priya', people: 2, expected: true },
  { title: 'Kaffee mit Morgan', people: 2, expected: true },
  { title: 'Point individuel', people: null, expected: true },
  { title: 'Point individuel Dana / Morgan', people: 2, expected: true },
  { title: 'Tête-à-tête avec Priya', people: null, expected: true },
  { title: 'One to one Priya', people: null, expected: true },
  { title: 'Entretien N+2 avec Jordan', people: 2, expected: true },
  { title: 'Reunión 1:1', people: null, expected: true },
  { title: 'Reunión individual con Morgan', people: 2, expected: true },
  { title: 'Reunião 1:1', people: null, expected: true },
  { title: 'Reunião individual', people: 2, expected: true },
  { title: '1on1ミーティング', people: null, expected: true },
  { title: '１on１ Priya', people: null, expected: true },
  { title: '個人面談', people: null, expected: true },
  { title: 'Dana / Morgan 定例', people: 2, expected: true },
  { title: 'スキップレベル面談', people: null, expected: true },

  // Not 1:1s
  { title: 'Jour fixe Team', people: 9, expected: false },
  { title: 'Jour fixe Team', people: null, expected: false },
  { title: 'Sprint-Planung', people: 8, expected: false },
  { title: 'Sprint-Planung', people: null, expected: false },
  { title: 'Teammeeting', people: null, expected: false },
  { title: 'Abteilungsrunde', people: 12, expected: false },
  { title: 'Vorstellungsgespräch: Alex Kim', people: 2, expected: false },
  { title: 'Réunion d’équipe', people: null, expected: false },
  { title: 'Point d’équipe hebdo', people: 7, expected: false },
  { title: 'Planification du sprint', people: null, expected: false },
  { title: "Entretien d'embauche : backend", people: 2, expected: false },
  { title: 'Point individuel', people: 3, expected: false },
  { title: 'Reunión de equipo', people: null, expected: false },
  { title: 'Planificación del sprint', people: 8, expected: false },
  { title: 'Reunião de equipe', people: null, expected: false },
  { title: 'Treinamento de segurança', people: 20, expected: false },
  { title: 'チーム定例', people: null, expected: false },
  { title: '全体会議', people: 40, expected: false },
  { title: '面接: バックエンド候補者', people: 2, expected: false },
  { title: '1on1ミーティング', people: 4, expected: false },
];

TITLE_CASES.push(...OTHER_LANGUAGE_TITLE_CASES);
