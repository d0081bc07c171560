import { describe, expect, test } from 'vitest';
import { askBackground, backgroundMessenger, withTimeout } from '../../../runtime/messaging';

describe('messaging', () => {
  test('a question reaches the handler and its answer comes back typed', async () => {
    const remove = backgroundMessenger.onMessage('ping', () => ({ version: '9.9.9' }));
    await expect(askBackground('ping')).resolves.toEqual({ version: '9.9.9' });
    remove();
  });

  test('a handler error comes back as an error, not a hang', async () => {
    const remove = backgroundMessenger.onMessage('getSettings', () => {
      throw new Error('disk on fire');
    });
    await expect(askBackground('getSettings')).rejects.toThrow('disk on fire');
    remove();
  });

  test('silence becomes a timeout error', async () => {
    await expect(withTimeout(new Promise(() => {}), 'ping', 20)).rejects.toThrow('no answer to "ping" within 20 ms');
  });
});
