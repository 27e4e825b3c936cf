/** The taxonomy in French (vous; case: dossier; priorities: Bloquante, Critique, Moyenne, Basse). */
import type { TaxonomyTranslation } from '../taxonomy-i18n.js';

export const fr: TaxonomyTranslation = {
  priorities: {
    blocker: {
      label: 'Bloquante',
      description:
        'Une panne du service touchant toute la plateforme ou de grande ampleur, qui empêche ' +
        "l'utilisation de fonctionnalités essentielles du Service et pour laquelle il n'existe " +
        "aucune solution de contournement raisonnable. Elle entraîne une perte de chiffre d'affaires " +
        'importante, qui ne peut pas être atténuée. Pour lever toute ambiguïté, les incidents ' +
        'touchant une seule campagne, une seule insertion, un seul deal, un seul compte utilisateur ' +
        'ou une fonctionnalité isolée ne sont normalement pas classés en priorité Bloquante.',
      examples: [
        'Plateforme de gestion indisponible',
        'API indisponible',
        'Interruption généralisée de la diffusion publicitaire touchant plusieurs insertions, ' +
          'deals, sites web, applications ou services',
        'Appels publicitaires restant sans réponse sur une part importante du Service',
        "Incidents d'infrastructure provoquant une interruption généralisée de la diffusion",
      ],
    },
    critical: {
      label: 'Critique',
      description:
        'Un incident touchant une fonctionnalité précise du Service, qui perturbe sensiblement le ' +
        'fonctionnement normal et exige une correction rapide, sans constituer un incident de ' +
        'priorité Bloquante. Il a un impact persistant sur une fonctionnalité précise et entraîne ' +
        "une perte de chiffre d'affaires limitée.",
      examples: [
        'Insertion/deal en ligne qui ne diffuse pas',
        'Problème de tags empêchant la diffusion',
        "Dysfonctionnement d'une fonctionnalité de diffusion obligeant à mettre en pause une " +
          'insertion/un deal en ligne',
        'Baisse importante des requêtes publicitaires ou des performances de diffusion touchant ' +
          'une implémentation précise',
        "Données de reporting ou d'API indisponibles ou sensiblement inexactes",
      ],
    },
    medium: {
      label: 'Moyenne',
      description:
        'Un incident touchant une fonctionnalité non critique du Service, ou ayant un impact ' +
        "opérationnel limité, qui n'empêche pas directement la diffusion des publicités. Il n'a " +
        "pas d'impact direct sur le chiffre d'affaires, car le problème s'est produit dans le " +
        'passé ou touche une fonctionnalité non critique.',
      examples: [
        "Insertion qui n'atteint pas l'objectif prévu",
        "Problèmes de diffusion ne nécessitant pas de mettre l'insertion ou le deal hors ligne",
        "Problèmes d'affichage de créations RTB",
        'Écarts de reporting',
        'Retards de reporting',
        'Incohérences statistiques nécessitant une analyse',
      ],
    },
    low: {
      label: 'Basse',
      description:
        "Un incident à l'impact opérationnel minime ou pour lequel une solution de contournement " +
        "existe, ou une demande d'information, de conseil, de configuration ou d'assistance. Il " +
        "n'a aucun impact sur les capacités métier, ou il existe une solution de contournement " +
        'efficace.',
      examples: [
        "Problèmes mineurs d'interface ou d'ergonomie",
        'Questions sur la documentation',
        'Problèmes de rapport de transparence',
        "Demandes d'accès utilisateur",
        'Aide au paramétrage ou à la configuration',
        "Problèmes d'intégration dans l'environnement de test",
        "Demandes d'assistance pour une intégration personnalisée",
      ],
    },
  },

  blockerPolicy: [
    'La priorité Bloquante est réservée aux incidents graves qui affectent sérieusement les ' +
      "niveaux de qualité et de service de plusieurs clients d'Equativ, voire de tous, comme une " +
      'panne du service touchant toute la plateforme ou de grande ampleur.',
    "En général, la cause première est une panne majeure de l'infrastructure informatique " +
      "d'Equativ.",
    'Les incidents touchant une seule campagne, une seule insertion, un seul deal, un seul ' +
      'compte utilisateur ou une fonctionnalité isolée ne sont normalement pas classés en ' +
      'priorité Bloquante.',
    'Un dossier de priorité Bloquante exige un contact technique disponible en permanence pour ' +
      "la communication directe entre équipes techniques, l'échange de connaissances entre " +
      'experts et les tests de la résolution.',
    'Si vous ne pouvez pas fournir un tel contact, Equativ peut abaisser la priorité de ' +
      "l'incident.",
    "À l'inverse, Equativ peut passer le dossier en priorité Bloquante si l'analyse montre que " +
      "c'est justifié.",
  ],

  caseTypes: {
    'accounts-user-management': {
      label: 'Comptes et gestion des utilisateurs',
      categories: {
        'accounts-user-management-user-management': 'Gestion des utilisateurs',
        'accounts-user-management-roles-permissions': 'Rôles et autorisations',
        'accounts-user-management-login-sso': 'Connexion et authentification unique (SSO)',
        'accounts-user-management-api-account': 'Compte API',
        'accounts-user-management-organization-settings': "Paramètres de l'organisation",
      },
    },
    'activation-mapping-requests': {
      label: "Demandes d'activation et de mapping",
      categories: {
        'activation-mapping-requests-audience-segment-mapping': "Mapping de segments d'audience",
        'activation-mapping-requests-contextual-data-mapping': 'Mapping de données contextuelles',
        'activation-mapping-requests-buyer-seat-mapping': 'Mapping de seats acheteurs',
        'activation-mapping-requests-deal-activation': 'Activation de deals',
        'activation-mapping-requests-data-provider-onboarding':
          'Intégration de fournisseurs de données',
      },
    },
    'activation-module': {
      label: "Module d'activation",
      categories: {
        'activation-module-audience-activation': "Activation d'audiences",
        'activation-module-curated-packages': 'Packages de curation',
        'activation-module-segment-sharing': 'Partage de segments',
        'activation-module-activation-reporting': "Reporting d'activation",
      },
    },
    'setup-configuration': {
      label: 'Paramétrage et configuration',
      categories: {
        'setup-configuration-sites-apps': 'Sites et applications',
        'setup-configuration-tagging': 'Intégration des tags',
        'setup-configuration-sdk-in-app': 'SDK in-app',
        'setup-configuration-ad-formats': 'Formats publicitaires',
        'setup-configuration-creative-templates': 'Modèles de créations',
        'setup-configuration-floor-prices': 'Prix planchers et règles de prix',
      },
    },
    'insertion-setup': {
      label: 'Paramétrage des insertions',
      categories: {
        'insertion-setup-delivery-rules': 'Règles de diffusion',
        'insertion-setup-targeting': 'Ciblage',
        'insertion-setup-creatives': 'Créations',
        'insertion-setup-capping-pacing': 'Capping et pacing',
        'insertion-setup-ad-serving-delivery': 'Ad serving et diffusion',
      },
    },
    reporting: {
      label: 'Reporting',
      categories: {
        'reporting-instant-insights': 'Instant Insights',
        'reporting-reporting-api': 'API de reporting',
        'reporting-scheduled-reports': 'Rapports programmés',
        'reporting-counting-discrepancies': 'Écarts de comptage',
        'reporting-metrics-dimensions': 'Métriques et dimensions',
      },
    },
    forecast: {
      label: 'Prévisions',
      categories: {
        'forecast-inventory-forecast': "Prévisions d'inventaire",
        'forecast-forecast-discrepancies': 'Écarts de prévisions',
        'forecast-forecast-api': 'API de prévisions',
      },
    },
    programmatic: {
      label: 'Programmatique',
      categories: {
        'programmatic-deals': 'Deals',
        'programmatic-deal-management-api': 'API de gestion des deals',
        'programmatic-openrtb-integration': 'Intégration OpenRTB',
        'programmatic-rtb-creative-display': 'Affichage des créations RTB',
        'programmatic-transparency-report': 'Rapport de transparence',
      },
    },
    'customer-request': {
      label: 'Demande client',
      categories: {
        'customer-request-documentation-question': 'Question sur la documentation',
        'customer-request-information-request': "Demande d'information",
        'customer-request-feature-request': 'Demande de fonctionnalité',
        'customer-request-test-environment': 'Environnement de test',
        'customer-request-custom-integration': 'Intégration personnalisée',
      },
    },
  },

  closeReasons: {
    resolution_reached: {
      label: 'Résolution trouvée',
      description: "Vous et le spécialiste du support convenez qu'une résolution a été trouvée.",
    },
    not_caused_by_product: {
      label: 'Problème non causé par une solution Equativ',
      description:
        "L'analyse du dossier conclut que le problème n'a pas été causé par une solution fournie " +
        'par Equativ.',
    },
    out_of_scope: {
      label: 'Hors du périmètre du support',
      description:
        "Le dossier ne relève pas du périmètre du support d'Equativ. Les demandes de services de " +
        "conseil, par exemple, doivent plutôt être adressées à l'équipe de service locale.",
    },
    no_longer_an_issue: {
      label: 'Le problème ne se pose plus',
      description: 'Vous indiquez que le problème ne se pose plus.',
    },
    working_as_designed: {
      label: 'Fonctionnement conforme à la conception',
      description: 'Le comportement signalé est identifié comme conforme à la conception.',
    },
  },

  concernCategories: {
    lack_of_reply: {
      label: "Absence de réponse/d'attention",
      description: "Le dossier n'a reçu aucune réponse de l'équipe du support technique.",
    },
    lack_of_resolution: {
      label: 'Absence de résolution',
      description:
        'Solution apportée insatisfaisante. La résolution du dossier est floue, incorrecte ou ' +
        'inacceptable.',
    },
    repetitive_tasks: {
      label: 'Tâches répétitives',
      description: "Trop de tâches ou d'actions à réaliser pour ce dossier.",
    },
    unclear_resolution: {
      label: 'Résolution peu claire',
      description: 'La résolution apportée manque de clarté.',
    },
    wrong_reply: {
      label: 'Réponse inadaptée',
      description: 'La réponse ne traite pas le problème réel.',
    },
    other: {
      label: 'Autre',
      description: 'Tout autre motif de réclamation.',
    },
  },

  outOfScope: [
    "Toute solution qui n'est pas fournie par Equativ.",
    "Toute solution d'Equativ qui n'est pas utilisée conformément à la documentation du produit.",
    "Toute modification des solutions d'Equativ.",
    "Tout code qui ne fait pas partie des solutions d'Equativ, y compris le code personnalisé " +
      "fourni par les équipes de service d'Equativ, par vous ou par un tiers.",
    'Les problèmes liés à des produits fonctionnant dans un environnement non pris en charge.',
    'Les services de conseil.',
  ],
};
