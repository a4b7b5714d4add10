// UI strings of <ancre-eco-assistant>, French (the reference table; English follows its keys).
export const fr = {
  title: 'Des gestes pour le climat',
  restart: 'Nouvelle conversation',
  log: 'Conversation',
  you: 'Vous',
  assistant: 'Assistant',
  replies: 'Réponses proposées',
  inputLabel: 'Votre message',
  inputPlaceholder: 'Écrivez quelques mots…',
  send: 'Envoyer',
  typing: 'L’assistant écrit…',
  attractTitle: 'Des gestes simples pour le climat',
  attractText: 'Trouvez en quelques minutes les gestes qui comptent pour vous. Rien n’est enregistré.',
  attractStart: 'Commencer',
  idleTitle: 'Êtes-vous toujours là ?',
  idleText: 'Sans action de votre part, la conversation sera effacée dans {seconds} secondes.',
  idleExtend: 'Je suis toujours là',
  summaryTitle: 'Mes gestes',
  summaryTotal: 'Total : environ {kg} kg d’équivalent CO2 évités par an',
  print: 'Imprimer',
  qrSummary: 'QR code de votre liste de gestes : scannez-le pour la garder sur votre téléphone',
  qrLink: 'QR code du lien {url}',
  loading: 'Chargement de l’assistant…',
} satisfies Record<string, string>;

export type EcoAssistantStrings = { [K in keyof typeof fr]: string };
