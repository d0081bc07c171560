import type { Area } from './areas';

/**
 * The moments a tip can fit. A page's context is a set of these tags; a tip fits when it shares one of them
 * (or says `anywhere`).
 */
export const TIP_CONTEXTS = [
  'pr-reviewer', // viewing someone else's PR, review requested or not
  'pr-author', // viewing your own PR
  'pr-first-time-contributor', // the PR's author is new to the repository
  'pr-large', // many lines or files changed
  'pr-draft',
  'pr-long-thread', // many comments or review rounds
  'pr-merged', // merged or closed: time to reflect
  'pr-compare', // about to open a pull request
  'review-comment', // writing a review comment
  'one-on-one-manager', // 1:1 with your manager
  'one-on-one-report', // 1:1 with someone who reports to you
  'one-on-one-skip-level',
  'one-on-one-peer',
  'one-on-one-mentor', // 1:1 with your mentor
  'one-on-one-mentee', // 1:1 with someone you mentor
  'one-on-one', // 1:1 with someone whose relationship is not known yet
  'anywhere',
] as const;

export type TipContext = (typeof TIP_CONTEXTS)[number];

/** The user's own role, which weights the tips (settings.role). */
export const USER_ROLES = ['individual-contributor', 'tech-lead', 'manager'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export interface Tip {
  /** Stable forever: history and "never show" refer to it. Built-in ids look like `mentorship-07`. */
  id: string;
  area: Area;
  /** A few words, shown as the heading. */
  title: string;
  /** What to do, at most ~280 characters. */
  body: string;
  /** One line: why it matters. */
  why: string;
  /** At least one. */
  contexts: TipContext[];
  /** Roles this tip suits best; absent means every role. */
  roles?: UserRole[];
  /** True for tips the user wrote. */
  custom?: boolean;
}

/** Where a tip was shown. History and daily caps are kept per surface. */
export const SURFACES = ['pr-hint', 'tone-coach', 'one-on-one', 'popup', 'reminder'] as const;
export type Surface = (typeof SURFACES)[number];

export const TIP_BODY_MAX = 280;
