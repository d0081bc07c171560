import { render, act } from '@testing-library/preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import type { OptionSectionId } from '../../../components/options/sections';
import { settle, type TestBackend } from './fake-messaging';

/** Opens the options page at a section (as options.html#section would) and waits for its data. */
export async function renderOptions(backend: TestBackend, section: OptionSectionId | `#${string}`) {
  history.replaceState(null, '', section.startsWith('#') ? section : `#${section}`);
  const result = render(<OptionsApp now={() => backend.now} />);
  await act(() => settle());
  return result;
}

/** Lets saves and reloads finish. */
export async function flush(): Promise<void> {
  await act(() => settle(8));
}

type PermissionMethod = 'request' | 'contains' | 'remove';

/** fake-browser leaves permissions unimplemented; tests decide the browser's answer. */
export function answerPermissions(method: PermissionMethod, granted: boolean) {
  const permissions = browser.permissions as unknown as Record<PermissionMethod, (request: unknown) => Promise<boolean>>;
  return vi.spyOn(permissions, method).mockResolvedValue(granted);
}

/** A spy that records calls to a permissions method without answering (it is not expected to be called). */
export function watchPermissions(method: PermissionMethod) {
  const permissions = browser.permissions as unknown as Record<PermissionMethod, (request: unknown) => Promise<boolean>>;
  return vi.spyOn(permissions, method);
}
