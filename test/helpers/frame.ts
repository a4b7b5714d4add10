// Loads a page of the repository in an iframe of the test page (same origin, served by the test
// runner from the repo root) and gives access to its window once loaded.
export async function loadFrame(src: string, { width = 1024, height = 900 } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  const loaded = new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error(`could not load ${src}`)), { once: true });
  });
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Polls `check` until it returns a truthy value or the time runs out (then returns the last value). */
export async function waitFor<T>(check: () => T, { timeout = 8000, interval = 50 } = {}): Promise<T> {
  const end = Date.now() + timeout;
  let value = check();
  while (!value && Date.now() < end) {
    await new Promise((r) => setTimeout(r, interval));
    value = check();
  }
  return value;
}
