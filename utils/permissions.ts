import type { browser } from 'wxt/browser';

type PermissionList = NonNullable<Parameters<typeof browser.permissions.request>[0]['permissions']>;

/** Permissions the opt-in 1:1 reminder needs: alarms to wake the background, notifications to speak. */
export const REMINDER_PERMISSIONS: PermissionList = ['alarms', 'notifications'];

/**
 * What the options page asks for when the user turns reminders on. Firefox cannot make `alarms` optional, so the
 * Firefox build holds it from install (wxt.config.ts) and asks only for notifications.
 */
export const REMINDER_REQUEST: PermissionList = import.meta.env.FIREFOX ? ['notifications'] : ['notifications', 'alarms'];
