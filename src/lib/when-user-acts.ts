// Its own module: only code that loads after the first rows uses it, so it stays out of the first paint's chunk.

/**
 * Runs `task` once, at the first sign of someone using the page (a pointer moving or pressed, a key, a touch): code
 * for what a user may do next loads then, not in a tab nobody looks at.
 */
export function whenUserActs(task: () => void): () => void {
  const events = ['pointermove', 'pointerdown', 'keydown', 'touchstart'];
  const each = (method: 'addEventListener' | 'removeEventListener') =>
    events.forEach((type) => window[method](type, run, true));
  function run() {
    each('removeEventListener');
    task();
  }
  each('addEventListener');
  return () => each('removeEventListener');
}
