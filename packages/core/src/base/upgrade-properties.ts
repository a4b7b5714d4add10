/**
 * A page may set a property on an element before its class is defined (the script loads after
 * the markup, or lazily through the autoloader). The value then sits as an own property of the
 * instance and shadows the class accessor. Lit re-applies its declared reactive properties itself;
 * this helper does the same for every other accessor (plain getters/setters of our classes), so no
 * value a page set is ever lost. Called from `connectedCallback`.
 */
export function upgradeProperties(element: object): string[] {
  const upgraded: string[] = [];
  for (const key of Object.keys(element)) {
    if (hasAccessor(Object.getPrototypeOf(element), key)) {
      const value = (element as Record<string, unknown>)[key];
      delete (element as Record<string, unknown>)[key];
      (element as Record<string, unknown>)[key] = value;
      upgraded.push(key);
    }
  }
  return upgraded;
}

function hasAccessor(proto: object | null, key: string): boolean {
  while (proto && proto !== HTMLElement.prototype && proto !== Object.prototype) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, key);
    if (descriptor) return typeof descriptor.set === 'function';
    proto = Object.getPrototypeOf(proto);
  }
  return false;
}
