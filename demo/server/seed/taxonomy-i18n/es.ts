/** The taxonomy in Spanish (usted; case: caso; priorities: Bloqueante, Crítica, Media, Baja). */
import type { TaxonomyTranslation } from '../taxonomy-i18n.js';

export const es: TaxonomyTranslation = {
  priorities: {
    blocker: {
      label: 'Bloqueante',
      description:
        'Una caída del servicio que afecta a toda la plataforma o a gran escala, que impide ' +
        'utilizar funcionalidades esenciales del Servicio y para la que no existe ninguna solución ' +
        'alternativa razonable. Genera una pérdida de ingresos significativa que no se puede ' +
        'mitigar. Para evitar dudas, las incidencias que afectan a una sola campaña, inserción, ' +
        'deal, cuenta de usuario o funcionalidad aislada no se clasificarán normalmente como ' +
        'incidencias de prioridad Bloqueante.',
      examples: [
        'Plataforma de gestión no disponible',
        'API no disponible',
        'Interrupción generalizada del servicio de anuncios que afecta a varias inserciones, ' +
          'deals, sitios web, aplicaciones o servicios',
        'Llamadas de anuncios que no obtienen respuesta en una parte sustancial del Servicio',
        'Incidencias de infraestructura que provocan una interrupción generalizada de la entrega',
      ],
    },
    critical: {
      label: 'Crítica',
      description:
        'Una incidencia que afecta a una funcionalidad concreta del Servicio, que perjudica de ' +
        'forma importante el funcionamiento normal y requiere una corrección rápida, pero que no ' +
        'constituye una incidencia de prioridad Bloqueante. Tiene un impacto continuado en una ' +
        'funcionalidad concreta y causa una pérdida de ingresos limitada.',
      examples: [
        'Inserción/deal activo que no entrega',
        'Problema de etiquetado que impide la entrega',
        'Fallo de una funcionalidad de entrega que obliga a pausar una inserción/un deal activo',
        'Disminución sustancial de las solicitudes de anuncios o del rendimiento de entrega que ' +
          'afecta a una implementación concreta',
        'Datos de informes o de la API no disponibles o considerablemente inexactos',
      ],
    },
    medium: {
      label: 'Media',
      description:
        'Una incidencia que afecta a una funcionalidad no crítica del Servicio o que tiene un ' +
        'impacto operativo limitado y no impide directamente la entrega de anuncios. No tiene un ' +
        'impacto directo en los ingresos, porque el problema se produjo en el pasado o afecta a ' +
        'una funcionalidad no crítica.',
      examples: [
        'Inserción que no alcanza el objetivo previsto',
        'Problemas de entrega que no obligan a desactivar la inserción o el deal',
        'Problemas de visualización de creatividades RTB',
        'Discrepancias en los informes',
        'Retrasos en los informes',
        'Incoherencias estadísticas que requieren investigación',
      ],
    },
    low: {
      label: 'Baja',
      description:
        'Una incidencia con un impacto operativo mínimo o con una solución alternativa ' +
        'disponible, o una solicitud de información, orientación, configuración o asistencia. No ' +
        'tiene impacto en las capacidades del negocio, o existe una solución alternativa eficaz.',
      examples: [
        'Problemas menores de interfaz o usabilidad',
        'Preguntas sobre la documentación',
        'Problemas con el informe de transparencia',
        'Solicitudes de acceso de usuarios',
        'Asistencia con la puesta en marcha o la configuración',
        'Problemas de integración en el entorno de pruebas',
        'Solicitudes de soporte para integraciones personalizadas',
      ],
    },
  },

  blockerPolicy: [
    'La prioridad Bloqueante está reservada a incidencias graves que afectan seriamente a los ' +
      'niveles de calidad y de servicio de varios clientes de Equativ o de todos ellos, como una ' +
      'caída del servicio que afecta a toda la plataforma o a gran escala.',
    'Normalmente, la causa raíz es una caída importante de la infraestructura informática de ' +
      'Equativ.',
    'Las incidencias que afectan a una sola campaña, inserción, deal, cuenta de usuario o ' +
      'funcionalidad aislada no se clasifican normalmente como incidencias de prioridad ' +
      'Bloqueante.',
    'Un caso de prioridad Bloqueante requiere un contacto técnico disponible en todo momento ' +
      'para la comunicación directa entre los equipos técnicos, el intercambio de conocimientos ' +
      'expertos y las pruebas de la resolución.',
    'Si no puede proporcionar ese contacto, Equativ podría reducir la prioridad de la incidencia.',
    'Por el contrario, Equativ puede elevar la prioridad del caso a Bloqueante si la ' +
      'investigación demuestra que está justificado.',
  ],

  caseTypes: {
    'accounts-user-management': {
      label: 'Cuentas y gestión de usuarios',
      categories: {
        'accounts-user-management-user-management': 'Gestión de usuarios',
        'accounts-user-management-roles-permissions': 'Roles y permisos',
        'accounts-user-management-login-sso': 'Inicio de sesión e inicio de sesión único (SSO)',
        'accounts-user-management-api-account': 'Cuenta de API',
        'accounts-user-management-organization-settings': 'Configuración de la organización',
      },
    },
    'activation-mapping-requests': {
      label: 'Solicitudes de activación y mapeo',
      categories: {
        'activation-mapping-requests-audience-segment-mapping': 'Mapeo de segmentos de audiencia',
        'activation-mapping-requests-contextual-data-mapping': 'Mapeo de datos contextuales',
        'activation-mapping-requests-buyer-seat-mapping': 'Mapeo de seats de compradores',
        'activation-mapping-requests-deal-activation': 'Activación de deals',
        'activation-mapping-requests-data-provider-onboarding':
          'Incorporación de proveedores de datos',
      },
    },
    'activation-module': {
      label: 'Módulo de activación',
      categories: {
        'activation-module-audience-activation': 'Activación de audiencias',
        'activation-module-curated-packages': 'Paquetes curados',
        'activation-module-segment-sharing': 'Uso compartido de segmentos',
        'activation-module-activation-reporting': 'Informes de activación',
      },
    },
    'setup-configuration': {
      label: 'Puesta en marcha y configuración',
      categories: {
        'setup-configuration-sites-apps': 'Sitios y aplicaciones',
        'setup-configuration-tagging': 'Etiquetado',
        'setup-configuration-sdk-in-app': 'SDK in-app',
        'setup-configuration-ad-formats': 'Formatos de anuncios',
        'setup-configuration-creative-templates': 'Plantillas de creatividades',
        'setup-configuration-floor-prices': 'Precios mínimos y reglas de precios',
      },
    },
    'insertion-setup': {
      label: 'Configuración de inserciones',
      categories: {
        'insertion-setup-delivery-rules': 'Reglas de entrega',
        'insertion-setup-targeting': 'Segmentación',
        'insertion-setup-creatives': 'Creatividades',
        'insertion-setup-capping-pacing': 'Capping y pacing',
        'insertion-setup-ad-serving-delivery': 'Servicio de anuncios y entrega',
      },
    },
    reporting: {
      label: 'Informes',
      categories: {
        'reporting-instant-insights': 'Instant Insights',
        'reporting-reporting-api': 'API de informes',
        'reporting-scheduled-reports': 'Informes programados',
        'reporting-counting-discrepancies': 'Discrepancias de recuento',
        'reporting-metrics-dimensions': 'Métricas y dimensiones',
      },
    },
    forecast: {
      label: 'Previsión',
      categories: {
        'forecast-inventory-forecast': 'Previsión de inventario',
        'forecast-forecast-discrepancies': 'Discrepancias de previsión',
        'forecast-forecast-api': 'API de previsión',
      },
    },
    programmatic: {
      label: 'Programática',
      categories: {
        'programmatic-deals': 'Deals',
        'programmatic-deal-management-api': 'API de gestión de deals',
        'programmatic-openrtb-integration': 'Integración OpenRTB',
        'programmatic-rtb-creative-display': 'Visualización de creatividades RTB',
        'programmatic-transparency-report': 'Informe de transparencia',
      },
    },
    'customer-request': {
      label: 'Solicitud del cliente',
      categories: {
        'customer-request-documentation-question': 'Pregunta sobre la documentación',
        'customer-request-information-request': 'Solicitud de información',
        'customer-request-feature-request': 'Solicitud de funcionalidad',
        'customer-request-test-environment': 'Entorno de pruebas',
        'customer-request-custom-integration': 'Integración personalizada',
      },
    },
  },

  closeReasons: {
    resolution_reached: {
      label: 'Resolución alcanzada',
      description:
        'Usted y el especialista de soporte están de acuerdo en que se ha alcanzado una resolución.',
    },
    not_caused_by_product: {
      label: 'Problema no causado por una solución de Equativ',
      description:
        'La conclusión del caso es que el problema no lo ha causado una solución proporcionada ' +
        'por Equativ.',
    },
    out_of_scope: {
      label: 'Fuera del alcance del soporte',
      description:
        'El caso queda fuera del alcance del soporte de Equativ. Por ejemplo, las solicitudes de ' +
        'servicios de consultoría deben dirigirse al equipo de servicio local.',
    },
    no_longer_an_issue: {
      label: 'Ya no es un problema',
      description: 'Usted indica que el caso ya no supone un problema.',
    },
    working_as_designed: {
      label: 'Funciona según lo previsto',
      description: 'Se ha determinado que el comportamiento descrito en el caso es el previsto.',
    },
  },

  concernCategories: {
    lack_of_reply: {
      label: 'Falta de respuesta/atención',
      description: 'El caso no ha recibido ninguna respuesta del equipo de soporte técnico.',
    },
    lack_of_resolution: {
      label: 'Falta de resolución',
      description:
        'Solución proporcionada insatisfactoria. El caso tiene una resolución poco clara, ' +
        'incorrecta o inaceptable.',
    },
    repetitive_tasks: {
      label: 'Tareas repetitivas',
      description: 'Demasiadas tareas o acciones que realizar en relación con este caso.',
    },
    unclear_resolution: {
      label: 'Resolución poco clara',
      description: 'La resolución proporcionada no es lo bastante clara.',
    },
    wrong_reply: {
      label: 'Respuesta incorrecta',
      description: 'La respuesta no aborda el problema real.',
    },
    other: {
      label: 'Otro',
      description: 'Cualquier otro motivo de reclamación.',
    },
  },

  outOfScope: [
    'Cualquier solución que no proporcione Equativ.',
    'Cualquier solución de Equativ que no se utilice conforme a la documentación del producto.',
    'Cualquier modificación de las soluciones de Equativ.',
    'Cualquier código que no forme parte de las soluciones de Equativ, incluido el código ' +
      'personalizado proporcionado por los equipos de servicio de Equativ, por usted o por ' +
      'terceros.',
    'Los problemas relacionados con productos que se ejecutan en un entorno no compatible.',
    'Los servicios de consultoría.',
  ],
};
