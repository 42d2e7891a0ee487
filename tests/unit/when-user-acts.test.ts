import { describe, expect, it, vi } from 'vitest';
import { whenUserActs } from '../../src/lib/when-user-acts';

describe('whenUserActs', () => {
  it('runs the task once, at the first pointer move, key or touch, and not before', () => {
    const task = vi.fn();
    const stop = whenUserActs(task);
    window.dispatchEvent(new Event('scroll'));
    expect(task).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('pointermove'));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(task).toHaveBeenCalledTimes(1);
    stop();
  });

  it('a key press counts too; once stopped it never runs', () => {
    const first = vi.fn();
    const stopFirst = whenUserActs(first);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(first).toHaveBeenCalledTimes(1);
    stopFirst();

    const stopped = vi.fn();
    whenUserActs(stopped)();
    window.dispatchEvent(new Event('pointerdown'));
    expect(stopped).not.toHaveBeenCalled();
  });
});
