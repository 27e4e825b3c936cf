// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import type { TargetLocale } from './parts.js';

/** The button's texts in every language, by English text (`${0}`: the first value). */
export const BUTTON_TEXTS: Record<TargetLocale, Record<string, string>> = {
  fr: {
    '(${0} cases wait for your reply)': '(${0} dossiers attendent votre réponse)',
    'Contact Support needs a newer browser. Update your browser, or contact your Local Service Team.':
      'Contacter le support nécessite un navigateur plus récent. Mettez à jour votre navigateur ou contactez votre équipe de service locale.',
    '(1 case waits for your reply)': '(1 dossier attend votre réponse)',
    'Contact Support': 'Contacter le support',
  },
  es: {
    '(${0} cases wait for your reply)': '(${0} casos esperan su respuesta)',
    'Contact Support needs a newer browser. Update your browser, or contact your Local Service Team.':
      'Contactar con soporte necesita un navegador más reciente. Actualice su navegador o contacte con su equipo de servicio local.',
    '(1 case waits for your reply)': '(1 caso espera su respuesta)',
    'Contact Support': 'Contactar con soporte',
  },
  pl: {
    '(${0} cases wait for your reply)': '(zgłoszenia oczekujące na odpowiedź: ${0})',
    'Contact Support needs a newer browser. Update your browser, or contact your Local Service Team.':
      'Kontakt z pomocą techniczną wymaga nowszej przeglądarki. Należy zaktualizować przeglądarkę lub skontaktować się z lokalnym zespołem obsługi.',
    '(1 case waits for your reply)': '(1 zgłoszenie oczekuje na odpowiedź)',
    'Contact Support': 'Kontakt z pomocą techniczną',
  },
  'pt-BR': {
    '(${0} cases wait for your reply)': '(${0} chamados aguardam sua resposta)',
    'Contact Support needs a newer browser. Update your browser, or contact your Local Service Team.':
      'Fale com o suporte precisa de um navegador mais recente. Atualize seu navegador ou entre em contato com sua equipe de serviço local.',
    '(1 case waits for your reply)': '(1 chamado aguarda sua resposta)',
    'Contact Support': 'Fale com o suporte',
  },
};
