/**
 * The tone coach's controller on a page with comment boxes: it follows typing into a draft, puts one coach under
 * each box, counts findings where tests and people can read them, offers the specific-feedback prompt per the
 * setting, and goes away entirely when the page loop passes no context (coach off, nobody signed in, left the PR).
 */
import { createToneCoach, type ToneContext } from '../../../../surfaces/tone-coach/controller';
import { defaultSettings, type Settings } from '../../../../utils/settings';
import { createTestBackend } from '../../ui/fake-messaging';

vi.mock('../../../../runtime/messaging', async (original) => (await import('../../ui/fake-messaging')).messagingModule(await original()));

const OTHERS_PR: ToneContext = { key: 'acme/widget#42', viewer: 'mona', author: 'sam' };
const OWN_PR: ToneContext = { key: 'acme/widget#43', viewer: 'mona', author: 'Mona' };

let coach: ReturnType<typeof createToneCoach>;

function box(): HTMLTextAreaElement {
  document.body.insertAdjacentHTML('beforeend', '<form><textarea name="comment[body]"></textarea></form>');
  return document.querySelector<HTMLTextAreaElement>('form:last-of-type textarea')!;
}

function type(field: HTMLTextAreaElement, text: string): void {
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

const coachOf = (field: HTMLTextAreaElement) => field.nextElementSibling as HTMLElement | null;

beforeEach(() => {
  createTestBackend();
  coach = createToneCoach();
});

afterEach(() => {
  coach.teardown();
  document.body.innerHTML = '';
});

test('a harsh draft gets a coach right under its box, with the findings counted on the host and in words', async () => {
  coach.update(OTHERS_PR, defaultSettings());
  const field = box();
  type(field, 'This is obviously wrong, did you even test it?');
  await vi.waitFor(() => expect(Number(coachOf(field)?.dataset.findings)).toBeGreaterThan(0));
  const host = coachOf(field)!;
  expect(host.tagName).toBe('LEADWAY-TONE-COACH');
  expect(host.shadowRoot!.textContent).toMatch(/\d+ tone notes?/);
});

test('a kind draft reads as kind, and each box has its own coach', async () => {
  coach.update(OTHERS_PR, defaultSettings());
  const [first, second] = [box(), box()];
  type(first, 'This is obviously wrong, did you even test it?');
  type(second, 'Thanks, this reads well. Could we add a test for the empty list?');
  await vi.waitFor(() => expect(coachOf(second)?.dataset.findings).toBe('0'));
  await vi.waitFor(() => expect(Number(coachOf(first)?.dataset.findings)).toBeGreaterThan(0));
  expect(coachOf(second)!.shadowRoot!.textContent).toContain('Tone looks kind');
});

test('a bare verdict gets the prompt for specifics on someone else\'s PR, not on your own unless asked for', async () => {
  coach.update(OTHERS_PR, defaultSettings());
  const field = box();
  type(field, "Doesn't work.");
  await vi.waitFor(() => expect(coachOf(field)?.dataset.prompt).toBe('specific-feedback'));
  coach.update(OWN_PR, defaultSettings());
  const own = box();
  type(own, "Doesn't work.");
  await vi.waitFor(() => expect(coachOf(own)?.dataset.findings).toBe('0'));
  expect(coachOf(own)!.dataset.prompt).toBeUndefined();
  const asked: Settings = { ...defaultSettings(), tone: { ...defaultSettings().tone, specificFeedback: 'all' } };
  coach.update(OWN_PR, asked);
  type(own, "Doesn't work.");
  await vi.waitFor(() => expect(coachOf(own)?.dataset.prompt).toBe('specific-feedback'));
});

test('no context (the coach switched off, or the PR left): every coach goes and typing is no longer followed', async () => {
  coach.update(OTHERS_PR, defaultSettings());
  const field = box();
  type(field, 'This is obviously wrong.');
  await vi.waitFor(() => expect(coachOf(field)).not.toBeNull());
  coach.update(undefined, defaultSettings());
  expect(document.querySelector('[data-leadway="tone-coach"]')).toBeNull();
  type(field, 'This is obviously wrong again.');
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(document.querySelector('[data-leadway="tone-coach"]')).toBeNull();
});
