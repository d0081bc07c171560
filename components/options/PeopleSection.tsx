import { useId, useState } from 'preact/hooks';
import { PERSON_EMAIL_PATTERN, RELATIONSHIPS, type Person, type Relationship } from '../../utils/settings';
import { RELATIONSHIP_WORDS } from '../../utils/labels/relationships';
import { USER_ROLES } from '../../utils/tips/types';
import { SETTINGS_LIMITS } from '../../utils/storage/validate-settings';
import { Section } from './fields';
import { NotOneOnOneList } from './NotOneOnOneList';
import { ROLE_LABELS } from '../../utils/labels/roles';
import { randomId } from '../../utils/ids';
import type { SettingsSectionProps } from './sections';
import { LOGINS_PER_PERSON_MAX, parseLoginList } from '../../utils/reviews/logins';

const ROLE_HINTS = {
  'individual-contributor': 'You lead through your work and reviews, without reports.',
  'tech-lead': 'You guide a team’s technical direction, and maybe a few people.',
  manager: 'People report to you.',
} as const;

export function PeopleSection({ settings, save }: SettingsSectionProps) {
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const people = settings.people;
  const roleName = useId();

  const sorted = RELATIONSHIPS.flatMap((relationship) => people.filter((person) => person.relationship === relationship));

  return (
    <Section
      id="people"
      title="People"
      intro="Tell Leadway who you meet, so it can tell a 1:1 with your manager from one with someone you mentor. Names and emails stay in this browser."
    >
      <fieldset class="op-fieldset">
        <legend>Your role</legend>
        <div class="op-radios">
          {USER_ROLES.map((role) => (
            <label class="op-radio">
              <input
                type="radio"
                name={roleName}
                value={role}
                checked={settings.role === role}
                onChange={() => void save({ role })}
              />
              <span>
                <span class="op-radio-label">{ROLE_LABELS[role]}</span>
                <span class="op-hint">{ROLE_HINTS[role]}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <h3 class="op-subtitle">People you meet</h3>
      {sorted.length === 0 ? (
        <p class="op-empty-line">No one yet. Start with your manager.</p>
      ) : (
        <ul class="op-people" aria-label="People you meet">
          {sorted.map((person) =>
            editing === person.id ? (
              <li class="op-person op-person-editing">
                <PersonForm
                  person={person}
                  others={people.filter((other) => other.id !== person.id)}
                  submitLabel="Save changes"
                  onCancel={() => setEditing(undefined)}
                  onSubmit={async (changed) => {
                    const saved = await save({ people: people.map((other) => (other.id === person.id ? changed : other)) });
                    if (saved) setEditing(undefined);
                    return saved;
                  }}
                />
              </li>
            ) : (
              <li class="op-person" data-person={person.id}>
                <span class="op-avatar" aria-hidden="true">
                  {initials(person.name)}
                </span>
                <span class="op-person-main">
                  <span class="op-person-name">{person.name}</span>
                  <span class="op-hint">
                    {RELATIONSHIP_WORDS[person.relationship].label}
                    {person.email ? ` · ${person.email}` : ''}
                    {person.githubLogins?.length ? ` · GitHub: ${person.githubLogins.join(', ')}` : ''}
                  </span>
                </span>
                <button type="button" class="op-button op-small" aria-label={`Edit ${person.name}`} onClick={() => setEditing(person.id)}>
                  Edit
                </button>
                <button
                  type="button"
                  class="op-button op-small op-danger-text"
                  aria-label={`Delete ${person.name}`}
                  onClick={() => void save({ people: people.filter((other) => other.id !== person.id) })}
                >
                  Delete
                </button>
              </li>
            ),
          )}
        </ul>
      )}

      <fieldset class="op-fieldset">
        <legend>Add someone</legend>
        <PersonForm
          others={people}
          submitLabel="Add person"
          onSubmit={(person) => save({ people: [...people, person] })}
          disabled={people.length >= SETTINGS_LIMITS.peopleMax}
        />
      </fieldset>

      <NotOneOnOneList settings={settings} save={save} />
    </Section>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '?') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase();
}

interface PersonFormProps {
  person?: Person;
  others: readonly Person[];
  submitLabel: string;
  onSubmit: (person: Person) => Promise<boolean>;
  onCancel?: () => void;
  disabled?: boolean;
}

interface PersonErrors {
  name?: string;
  email?: string;
  logins?: string;
}

/** The logins field: `river-k, ghe.example.com/river`; an error names the first entry that is not a login. */
export function validateLogins(text: string): { entries: string[]; error?: string } {
  const { entries, invalid } = parseLoginList(text);
  if (invalid.length > 0) return { entries, error: `“${invalid[0]}” is not a GitHub login (letters, digits and single dashes; host/login for Enterprise).` };
  if (entries.length > LOGINS_PER_PERSON_MAX) return { entries, error: `Up to ${LOGINS_PER_PERSON_MAX} logins per person.` };
  return { entries };
}

export function validatePerson(name: string, email: string, others: readonly Person[]): PersonErrors {
  const errors: PersonErrors = {};
  const trimmedName = name.trim();
  const trimmedEmail = email.trim();
  if (trimmedName === '') errors.name = 'Enter a name.';
  else if (trimmedName.length > SETTINGS_LIMITS.personNameMax) errors.name = `Keep the name under ${SETTINGS_LIMITS.personNameMax} characters.`;
  if (trimmedEmail !== '') {
    if (!PERSON_EMAIL_PATTERN.test(trimmedEmail) || trimmedEmail.length > SETTINGS_LIMITS.personEmailMax) {
      errors.email = 'That does not look like an email address (name@example.com).';
    } else if (others.some((other) => other.email?.toLocaleLowerCase() === trimmedEmail.toLocaleLowerCase())) {
      errors.email = 'Someone in your list already has this email.';
    }
  }
  return errors;
}

function PersonForm({ person, others, submitLabel, onSubmit, onCancel, disabled }: PersonFormProps) {
  const id = useId();
  const [name, setName] = useState(person?.name ?? '');
  const [email, setEmail] = useState(person?.email ?? '');
  const [relationship, setRelationship] = useState<Relationship>(person?.relationship ?? 'manager');
  const [logins, setLogins] = useState((person?.githubLogins ?? []).join(', '));
  const [errors, setErrors] = useState<PersonErrors>({});

  async function submit(event: Event) {
    event.preventDefault();
    const checkedLogins = validateLogins(logins);
    const found = { ...validatePerson(name, email, others), ...(checkedLogins.error ? { logins: checkedLogins.error } : {}) };
    setErrors(found);
    if (found.name || found.email || found.logins) {
      const first = found.name ? 'name' : found.email ? 'email' : 'logins';
      (document.getElementById(`${id}-${first}`) as HTMLInputElement | null)?.focus();
      return;
    }
    const next: Person = { id: person?.id ?? randomId('person-'), name: name.trim(), relationship };
    if (email.trim() !== '') next.email = email.trim();
    if (checkedLogins.entries.length > 0) next.githubLogins = checkedLogins.entries;
    if (await onSubmit(next)) {
      if (!person) {
        setName('');
        setEmail('');
        setLogins('');
      }
    }
  }

  return (
    <form class="op-person-form" onSubmit={submit} noValidate>
      <div class="op-field">
        <label for={`${id}-name`} class="op-label">
          Name
        </label>
        <input
          id={`${id}-name`}
          class="op-input"
          type="text"
          autoComplete="off"
          value={name}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? `${id}-name-error` : undefined}
          onInput={(event) => setName(event.currentTarget.value)}
        />
        {errors.name ? (
          <p id={`${id}-name-error`} class="op-error">
            {errors.name}
          </p>
        ) : null}
      </div>
      <div class="op-field">
        <label for={`${id}-email`} class="op-label">
          Email <span class="op-optional">(optional, matches calendar guests)</span>
        </label>
        <input
          id={`${id}-email`}
          class="op-input"
          type="email"
          autoComplete="off"
          value={email}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? `${id}-email-error` : undefined}
          onInput={(event) => setEmail(event.currentTarget.value)}
        />
        {errors.email ? (
          <p id={`${id}-email-error`} class="op-error">
            {errors.email}
          </p>
        ) : null}
      </div>
      <div class="op-field">
        <label for={`${id}-logins`} class="op-label">
          GitHub logins <span class="op-optional">(optional; host/login for GitHub Enterprise)</span>
        </label>
        <input
          id={`${id}-logins`}
          class="op-input"
          type="text"
          autoComplete="off"
          spellcheck={false}
          placeholder="river-k"
          value={logins}
          aria-invalid={errors.logins ? true : undefined}
          aria-describedby={errors.logins ? `${id}-logins-error` : undefined}
          onInput={(event) => setLogins(event.currentTarget.value)}
        />
        {errors.logins ? (
          <p id={`${id}-logins-error`} class="op-error">
            {errors.logins}
          </p>
        ) : null}
      </div>
      <div class="op-field">
        <label for={`${id}-relationship`} class="op-label">
          Relationship
        </label>
        <select
          id={`${id}-relationship`}
          class="op-input"
          value={relationship}
          onChange={(event) => setRelationship(event.currentTarget.value as Relationship)}
        >
          {RELATIONSHIPS.map((value) => (
            <option value={value}>{RELATIONSHIP_WORDS[value].label}</option>
          ))}
        </select>
      </div>
      <div class="op-row op-form-actions">
        <button type="submit" class="op-button op-primary" disabled={disabled}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" class="op-button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
