/**
 * Resolves once the browser has painted the next frame: an animation frame, then a task after it.
 * A page that paints nothing (a hidden tab runs no animation frames) resolves after `fallbackMs`.
 */
export function afterPaint(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, fallbackMs);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(resolve, 0);
    });
  });
}
