// The demo page's own script (a webmaster's page code): theme and language switches, and a
// partner's badly formed content pack shown through Ancre's error view.
const root = document.documentElement;
const theme = document.getElementById('theme');
const lang = document.getElementById('lang');
theme?.addEventListener('change', () => {
  root.dataset.ancreTheme = theme.value;
});
lang?.addEventListener('change', () => {
  root.lang = lang.value;
});

// The host page may listen to the widgets' events (here: nothing is sent anywhere).
document.addEventListener('ancre-service-select', (event) => {
  console.info('[demo] lieu choisi :', event.detail.point.name);
});

// A pack with mistakes, validated by the same code the widgets use.
const report = document.getElementById('pack-error');
if (report) {
  customElements.whenDefined('ancre-error').then(async () => {
    const core = await import('../../packages/widgets/dist/core.js');
    const { validatePack } = core;
    const broken = {
      kind: 'ancre/services',
      id: 'lanvaux-services',
      version: '1.0',
      locale: 'fr',
      items: [{ id: 'mairie', name: '' }, { id: 'mairie' }],
    };
    const { problems } = validatePack(broken, { kind: 'ancre/services', source: 'lanvaux-services.json' });
    report.problems = problems;
  });
}
