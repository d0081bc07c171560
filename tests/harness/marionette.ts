import { connect, type Socket } from 'node:net';

/**
 * A small client for Firefox's own WebDriver server, Marionette. Its wire format is simple: each packet is
 * `<byte length>:<JSON>`; the server first sends a hello object, then answers each `[0, id, command, params]` with
 * `[1, id, error, result]`. (The npm `geckodriver` package downloads a binary at first use, which fails offline.)
 */
export interface MarionetteError {
  error: string;
  message: string;
  stacktrace?: string;
}

/** A WebDriver element reference as Marionette returns it. */
export type WebElement = Record<string, string>;
export const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

export class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void; command: string }>();
  private hello: ((value: unknown) => void) | undefined;
  private closed = false;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('close', () => {
      this.closed = true;
      for (const { reject, command } of this.pending.values()) reject(new Error(`Marionette closed during ${command}`));
      this.pending.clear();
    });
    socket.on('error', () => {});
  }

  static async connect(port: number, host = '127.0.0.1'): Promise<Marionette> {
    const socket = connect(port, host);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const client = new Marionette(socket);
    await new Promise((resolve) => (client.hello = resolve));
    return client;
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString('ascii'));
      if (this.buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')) as unknown;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (this.hello) {
        const done = this.hello;
        this.hello = undefined;
        done(packet);
        continue;
      }
      const [, id, error, result] = packet as [1, number, MarionetteError | null, unknown];
      const waiting = this.pending.get(id);
      if (!waiting) continue;
      this.pending.delete(id);
      if (error) {
        const failure = new Error(`Marionette ${waiting.command}: ${error.error}: ${error.message}`) as Error & { webdriverError?: string };
        failure.webdriverError = error.error;
        waiting.reject(failure);
      } else {
        waiting.resolve(result);
      }
    }
  }

  /** Send one command; resolves with its result (most commands wrap it as `{ value }`). */
  send<T = unknown>(command: string, params: Record<string, unknown> = {}): Promise<T> {
    if (this.closed) return Promise.reject(new Error(`Marionette is closed (${command})`));
    const id = this.nextId++;
    const body = Buffer.from(JSON.stringify([0, id, command, params]), 'utf8');
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, command });
      this.socket.write(Buffer.concat([Buffer.from(`${body.length}:`, 'ascii'), body]));
    });
  }

  async value<T = unknown>(command: string, params: Record<string, unknown> = {}): Promise<T> {
    const result = await this.send<{ value: T } | null>(command, params);
    return (result ?? { value: undefined as T }).value;
  }

  close(): void {
    this.closed = true;
    this.socket.destroy();
  }
}
