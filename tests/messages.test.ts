// The message protocol through @webext-core/messaging, over an in-memory `chrome.runtime` that
// behaves like the browser's (structured clone, async answers, one sender per message).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_CAPTURE_CHARS, type CaptureResult } from '../lib/capture';
import { InvalidMessageError, MESSAGE_SCHEMAS, onMessage, removeAllMessageHandlers, sendMessage } from '../lib/messages';
import { postMessage } from '../lib/post-message';

type Listener = (message: unknown, sender: object, respond: (answer: unknown) => void) => boolean | void;

/** A minimal `chrome.runtime`: messages go to every listener, the first that keeps the channel answers. */
function createRuntime(sender: object) {
  const listeners = new Set<Listener>();
  return {
    id: 'test-extension-id',
    lastError: undefined as { message: string } | undefined,
    onMessage: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
    sendMessage(message: unknown, callback: (answer: unknown) => void) {
      const copy = structuredClone(message);
      for (const listener of listeners) {
        if (listener(copy, sender, (answer) => setTimeout(() => callback(structuredClone(answer))))) return;
      }
      setTimeout(() => callback(undefined));
    },
  };
}

const TAB_SENDER = { id: 'test-extension-id', tab: { id: 7 }, frameId: 0, url: 'http://127.0.0.1/page' };

const CAPTURE: CaptureResult = {
  ok: true,
  capture: { text: 'Giao Sở Y tế chủ trì.', selection: false, truncated: false, url: 'http://127.0.0.1/page', title: 'Trang', reader: 'generic' },
};

let runtime: ReturnType<typeof createRuntime>;
beforeEach(() => {
  runtime = createRuntime(TAB_SENDER);
  vi.stubGlobal('chrome', { runtime });
});
afterEach(() => {
  removeAllMessageHandlers();
  vi.unstubAllGlobals();
});

/** Sends a raw message the way a tampered script could, bypassing `sendMessage`'s own check. */
function sendRaw(type: string, data: unknown): Promise<{ res?: unknown; err?: { message: string } } | undefined> {
  return new Promise((resolve) => runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() }, resolve as (a: unknown) => void));
}

describe('the message protocol', () => {
  it('has one schema pair per message', () => {
    expect(Object.keys(MESSAGE_SCHEMAS)).toEqual(['pageCaptured', 'captureTab', 'tasksChanged']);
  });

  it('takes tasksChanged with an empty payload only', async () => {
    const handler = vi.fn();
    onMessage('tasksChanged', handler);
    await expect(sendMessage('tasksChanged', {})).resolves.toBeUndefined();
    expect(handler).toHaveBeenCalledTimes(1);
    await expect(sendMessage('tasksChanged', { taskId: 1 } as never)).rejects.toThrow();
  });

  it('delivers a valid pageCaptured with its sender', async () => {
    const handler = vi.fn();
    onMessage('pageCaptured', handler);
    await expect(sendMessage('pageCaptured', CAPTURE)).resolves.toBeUndefined();
    expect(handler).toHaveBeenCalledWith(CAPTURE, expect.objectContaining({ tab: { id: 7 }, frameId: 0 }));
  });

  it('answers captureTab with a validated result', async () => {
    onMessage('captureTab', async ({ tabId }) => ({ ok: false, reason: 'no-access', detail: `thẻ ${tabId}` }));
    await expect(sendMessage('captureTab', { tabId: 3 })).resolves.toEqual({ ok: false, reason: 'no-access', detail: 'thẻ 3' });
  });

  it.each([
    ['text over the cap', { ...CAPTURE, capture: { ...CAPTURE.capture, text: 'x'.repeat(MAX_CAPTURE_CHARS + 1) } }],
    ['a missing field', { ok: true, capture: { text: 'x', selection: false, truncated: false, url: '', title: '' } }],
    ['a wrong type', { ok: true, capture: { ...CAPTURE.capture, selection: 'yes' } }],
    ['an unknown failure', { ok: false, reason: 'hacked', detail: '' }],
    ['not an object', '<script>alert(1)</script>'],
  ])('rejects a pageCaptured with %s before the handler runs', async (_name, data) => {
    const handler = vi.fn();
    onMessage('pageCaptured', handler);
    const answer = await sendRaw('pageCaptured', data);
    expect(answer?.err?.message).toMatch(/pageCaptured payload/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects a captureTab with extra or wrong fields', async () => {
    const handler = vi.fn();
    onMessage('captureTab', handler);
    expect((await sendRaw('captureTab', { tabId: -1 }))?.err?.message).toMatch(/captureTab payload/);
    expect((await sendRaw('captureTab', { tabId: 1, url: 'x' }))?.err?.message).toMatch(/captureTab payload/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses to send an invalid payload', async () => {
    const send = vi.spyOn(runtime, 'sendMessage');
    await expect(sendMessage('captureTab', { tabId: 1.5 })).rejects.toBeInstanceOf(InvalidMessageError);
    expect(send).not.toHaveBeenCalled();
  });

  it('rejects an answer that does not match its schema', async () => {
    onMessage('captureTab', async () => ({ ok: true }) as unknown as CaptureResult);
    await expect(sendMessage('captureTab', {})).rejects.toThrow(/captureTab answer/);
  });

  it('passes a handler error back to the sender', async () => {
    onMessage('captureTab', async () => {
      throw new Error('không cho phép');
    });
    await expect(sendMessage('captureTab', {})).rejects.toThrow('không cho phép');
  });

  it('hands an invalid payload to onInvalid with its sender, then rejects it', async () => {
    const onInvalid = vi.fn();
    onMessage('pageCaptured', vi.fn(), { onInvalid });
    const answer = await sendRaw('pageCaptured', { ok: true });
    expect(answer?.err?.message).toMatch(/pageCaptured payload/);
    expect(onInvalid).toHaveBeenCalledWith(expect.any(InvalidMessageError), expect.objectContaining({ tab: { id: 7 }, frameId: 0 }));
  });
});

describe('postMessage (the capture script’s sender)', () => {
  it('speaks the library’s wire format: onMessage receives it like any message', async () => {
    const handler = vi.fn();
    onMessage('pageCaptured', handler);
    await expect(postMessage('pageCaptured', CAPTURE)).resolves.toBeUndefined();
    expect(handler).toHaveBeenCalledWith(CAPTURE, expect.objectContaining({ tab: { id: 7 } }));
  });

  it('rejects with the handler’s error, and when nobody answers', async () => {
    onMessage('pageCaptured', async () => {
      throw new Error('không nhận');
    });
    await expect(postMessage('pageCaptured', CAPTURE)).rejects.toThrow('không nhận');
    removeAllMessageHandlers();
    await expect(postMessage('pageCaptured', CAPTURE)).rejects.toThrow('No response');
  });

  it('leaves the check to the receiver: an invalid payload is refused there', async () => {
    const handler = vi.fn();
    onMessage('pageCaptured', handler);
    const invalid = { ok: true, capture: { ...CAPTURE.capture, text: 'x'.repeat(MAX_CAPTURE_CHARS + 1) } } as CaptureResult;
    await expect(postMessage('pageCaptured', invalid)).rejects.toThrow(/pageCaptured payload/);
    expect(handler).not.toHaveBeenCalled();
  });
});
