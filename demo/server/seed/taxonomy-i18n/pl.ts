/** The taxonomy in Polish (impersonal; case: zgłoszenie; priorities: Blokujący, Krytyczny, Średni, Niski). */
import type { TaxonomyTranslation } from '../taxonomy-i18n.js';

export const pl: TaxonomyTranslation = {
  priorities: {
    blocker: {
      label: 'Blokujący',
      description:
        'Awaria usługi obejmująca całą platformę lub występująca na dużą skalę, która ' +
        'uniemożliwia korzystanie z kluczowych funkcji Usługi i dla której nie ma rozsądnego ' +
        'obejścia. Powoduje znaczną utratę przychodów, której nie można ograniczyć. Dla uniknięcia ' +
        'wątpliwości: incydenty dotyczące pojedynczej kampanii, insercji, dealu, konta ' +
        'użytkownika lub odosobnionej funkcji z reguły nie są klasyfikowane jako incydenty o ' +
        'priorytecie Blokującym.',
      examples: [
        'Niedostępna platforma zarządzania',
        'Niedostępne API',
        'Rozległa przerwa w emisji reklam obejmująca wiele insercji, dealów, serwisów ' +
          'internetowych, aplikacji lub usług',
        'Brak odpowiedzi na wywołania reklamowe w znacznej części Usługi',
        'Incydenty infrastruktury powodujące rozległą przerwę w emisji',
      ],
    },
    critical: {
      label: 'Krytyczny',
      description:
        'Incydent dotyczący określonej funkcji Usługi, który istotnie zakłóca normalne działanie ' +
        'i wymaga szybkiego usunięcia, ale nie stanowi incydentu o priorytecie Blokującym. Wciąż ' +
        'wpływa na określoną funkcję i powoduje ograniczoną utratę przychodów.',
      examples: [
        'Brak emisji aktywnej insercji/aktywnego dealu',
        'Problem z tagowaniem uniemożliwiający emisję',
        'Nieprawidłowe działanie funkcji emisji wymagające wstrzymania aktywnej insercji/' +
          'aktywnego dealu',
        'Znaczny spadek liczby żądań reklamowych lub wydajności emisji w określonej implementacji',
        'Dane raportowe lub dane API niedostępne albo istotnie niedokładne',
      ],
    },
    medium: {
      label: 'Średni',
      description:
        'Incydent dotyczący niekrytycznej funkcji Usługi lub o ograniczonym wpływie operacyjnym, ' +
        'który nie uniemożliwia bezpośrednio emisji reklam. Nie ma bezpośredniego wpływu na ' +
        'przychody, ponieważ problem wystąpił w przeszłości lub dotyczy niekrytycznej funkcji.',
      examples: [
        'Insercja nie osiąga oczekiwanego celu',
        'Problemy z emisją, które nie wymagają wyłączenia insercji ani dealu',
        'Problemy z wyświetlaniem kreacji RTB',
        'Rozbieżności w raportach',
        'Opóźnienia raportów',
        'Niespójności statystyczne wymagające analizy',
      ],
    },
    low: {
      label: 'Niski',
      description:
        'Incydent o minimalnym wpływie operacyjnym lub z dostępnym obejściem albo prośba o ' +
        'informacje, wskazówki, konfigurację lub pomoc. Nie wpływa na możliwości biznesowe albo ' +
        'istnieje skuteczne obejście.',
      examples: [
        'Drobne problemy z interfejsem lub użytecznością',
        'Pytania dotyczące dokumentacji',
        'Problemy z raportem przejrzystości',
        'Prośby o dostęp dla użytkowników',
        'Pomoc przy wdrożeniu lub konfiguracji',
        'Problemy z integracją w środowisku testowym',
        'Prośby o wsparcie przy integracji niestandardowej',
      ],
    },
  },

  blockerPolicy: [
    'Priorytet Blokujący jest zarezerwowany dla poważnych incydentów, które znacząco obniżają ' +
      'poziom jakości i usług dla wielu lub wszystkich klientów Equativ, takich jak awaria usługi ' +
      'obejmująca całą platformę lub występująca na dużą skalę.',
    'Zazwyczaj główną przyczyną jest poważna awaria infrastruktury IT Equativ.',
    'Incydenty dotyczące pojedynczej kampanii, insercji, dealu, konta użytkownika lub ' +
      'odosobnionej funkcji z reguły nie są klasyfikowane jako incydenty o priorytecie ' +
      'Blokującym.',
    'Zgłoszenie o priorytecie Blokującym wymaga kontaktu technicznego dostępnego przez cały ' +
      'czas, aby zapewnić bezpośrednią komunikację między zespołami technicznymi, wymianę wiedzy ' +
      'eksperckiej i testowanie rozwiązania.',
    'Jeśli wskazanie takiego kontaktu nie jest możliwe, Equativ może obniżyć priorytet incydentu.',
    'I odwrotnie: Equativ może podnieść priorytet zgłoszenia do Blokującego, jeśli analiza ' +
      'wykaże, że jest to uzasadnione.',
  ],

  caseTypes: {
    'accounts-user-management': {
      label: 'Konta i zarządzanie użytkownikami',
      categories: {
        'accounts-user-management-user-management': 'Zarządzanie użytkownikami',
        'accounts-user-management-roles-permissions': 'Role i uprawnienia',
        'accounts-user-management-login-sso': 'Logowanie i logowanie jednokrotne (SSO)',
        'accounts-user-management-api-account': 'Konto API',
        'accounts-user-management-organization-settings': 'Ustawienia organizacji',
      },
    },
    'activation-mapping-requests': {
      label: 'Prośby o aktywację i mapowanie',
      categories: {
        'activation-mapping-requests-audience-segment-mapping': 'Mapowanie segmentów odbiorców',
        'activation-mapping-requests-contextual-data-mapping': 'Mapowanie danych kontekstowych',
        'activation-mapping-requests-buyer-seat-mapping': 'Mapowanie seatów kupujących',
        'activation-mapping-requests-deal-activation': 'Aktywacja dealów',
        'activation-mapping-requests-data-provider-onboarding': 'Wdrażanie dostawców danych',
      },
    },
    'activation-module': {
      label: 'Moduł aktywacji',
      categories: {
        'activation-module-audience-activation': 'Aktywacja odbiorców',
        'activation-module-curated-packages': 'Pakiety kuratorowane',
        'activation-module-segment-sharing': 'Udostępnianie segmentów',
        'activation-module-activation-reporting': 'Raportowanie aktywacji',
      },
    },
    'setup-configuration': {
      label: 'Wdrożenie i konfiguracja',
      categories: {
        'setup-configuration-sites-apps': 'Serwisy i aplikacje',
        'setup-configuration-tagging': 'Tagowanie',
        'setup-configuration-sdk-in-app': 'SDK in-app',
        'setup-configuration-ad-formats': 'Formaty reklamowe',
        'setup-configuration-creative-templates': 'Szablony kreacji',
        'setup-configuration-floor-prices': 'Ceny minimalne i reguły cenowe',
      },
    },
    'insertion-setup': {
      label: 'Konfiguracja insercji',
      categories: {
        'insertion-setup-delivery-rules': 'Reguły emisji',
        'insertion-setup-targeting': 'Targetowanie',
        'insertion-setup-creatives': 'Kreacje',
        'insertion-setup-capping-pacing': 'Capping i pacing',
        'insertion-setup-ad-serving-delivery': 'Serwowanie i emisja reklam',
      },
    },
    reporting: {
      label: 'Raportowanie',
      categories: {
        'reporting-instant-insights': 'Instant Insights',
        'reporting-reporting-api': 'API raportowania',
        'reporting-scheduled-reports': 'Zaplanowane raporty',
        'reporting-counting-discrepancies': 'Rozbieżności w statystykach',
        'reporting-metrics-dimensions': 'Metryki i wymiary',
      },
    },
    forecast: {
      label: 'Prognozy',
      categories: {
        'forecast-inventory-forecast': 'Prognoza powierzchni reklamowej',
        'forecast-forecast-discrepancies': 'Rozbieżności w prognozach',
        'forecast-forecast-api': 'API prognoz',
      },
    },
    programmatic: {
      label: 'Programmatic',
      categories: {
        'programmatic-deals': 'Deale',
        'programmatic-deal-management-api': 'API do zarządzania dealami',
        'programmatic-openrtb-integration': 'Integracja OpenRTB',
        'programmatic-rtb-creative-display': 'Wyświetlanie kreacji RTB',
        'programmatic-transparency-report': 'Raport przejrzystości',
      },
    },
    'customer-request': {
      label: 'Prośba klienta',
      categories: {
        'customer-request-documentation-question': 'Pytanie dotyczące dokumentacji',
        'customer-request-information-request': 'Prośba o informacje',
        'customer-request-feature-request': 'Prośba o nową funkcję',
        'customer-request-test-environment': 'Środowisko testowe',
        'customer-request-custom-integration': 'Integracja niestandardowa',
      },
    },
  },

  closeReasons: {
    resolution_reached: {
      label: 'Osiągnięto rozwiązanie',
      description:
        'Zgłaszający i specjalista pomocy technicznej zgodnie uznają, że problem został rozwiązany.',
    },
    not_caused_by_product: {
      label: 'Problem nie wynika z rozwiązania Equativ',
      description:
        'Analiza zgłoszenia wykazała, że problem nie został spowodowany przez rozwiązanie ' +
        'dostarczone przez Equativ.',
    },
    out_of_scope: {
      label: 'Poza zakresem pomocy technicznej',
      description:
        'Zgłoszenie wykracza poza zakres pomocy technicznej Equativ. Na przykład prośby o usługi ' +
        'doradcze należy kierować do lokalnego zespołu obsługi.',
    },
    no_longer_an_issue: {
      label: 'Problem już nie występuje',
      description: 'Zgłaszający wskazuje, że problem już nie występuje.',
    },
    working_as_designed: {
      label: 'Działa zgodnie z założeniami',
      description: 'Ustalono, że zgłoszone działanie jest zgodne z założeniami.',
    },
  },

  concernCategories: {
    lack_of_reply: {
      label: 'Brak odpowiedzi/zainteresowania',
      description: 'Zespół pomocy technicznej nie odpowiedział na zgłoszenie.',
    },
    lack_of_resolution: {
      label: 'Brak rozwiązania',
      description:
        'Przedstawione rozwiązanie jest niezadowalające: niejasne, nieprawidłowe lub nie do ' +
        'przyjęcia.',
    },
    repetitive_tasks: {
      label: 'Powtarzające się zadania',
      description: 'Zbyt wiele zadań lub działań do wykonania w związku z tym zgłoszeniem.',
    },
    unclear_resolution: {
      label: 'Niejasne rozwiązanie',
      description: 'Przedstawione rozwiązanie jest niejasne.',
    },
    wrong_reply: {
      label: 'Nieprawidłowa odpowiedź',
      description: 'Odpowiedź nie dotyczy faktycznego problemu.',
    },
    other: {
      label: 'Inne',
      description: 'Dowolny inny powód zastrzeżenia.',
    },
  },

  outOfScope: [
    'Wszelkie rozwiązania, które nie są dostarczane przez Equativ.',
    'Wszelkie rozwiązania Equativ używane niezgodnie z dokumentacją produktu.',
    'Wszelkie modyfikacje rozwiązań Equativ.',
    'Wszelki kod, który nie jest częścią rozwiązań Equativ, w tym kod niestandardowy ' +
      'dostarczony przez zespoły obsługi Equativ, przez zgłaszającego lub przez dowolną stronę ' +
      'trzecią.',
    'Problemy z produktami działającymi w nieobsługiwanym środowisku.',
    'Usługi doradcze.',
  ],
};
