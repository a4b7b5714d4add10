/**
 * Which chunk defines which tag. The autoloader imports a widget's chunk only when its tag first
 * appears on the page; the all-in-one entry imports them all. Adding a widget = one line here.
 */
export const WIDGETS: Record<string, () => Promise<unknown>> = {
  'ancre-card': () => import('@ancre/core/define.js'),
  'ancre-error': () => import('@ancre/core/define.js'),
  'ancre-commune-search': () => import('@ancre/core/define.js'),
  'ancre-service-finder': () => import('@ancre/service-finder/define.js'),
  'ancre-eco-assistant': () => import('@ancre/eco-assistant/define.js'),
};
