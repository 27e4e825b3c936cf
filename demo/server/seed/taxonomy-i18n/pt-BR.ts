/** The taxonomy in Brazilian Portuguese (você; case: chamado; priorities: Bloqueante, Crítica, Média, Baixa). */
import type { TaxonomyTranslation } from '../taxonomy-i18n.js';

export const ptBR: TaxonomyTranslation = {
  priorities: {
    blocker: {
      label: 'Bloqueante',
      description:
        'Uma indisponibilidade do serviço em toda a plataforma ou em larga escala que impede o ' +
        'uso de funcionalidades essenciais do Serviço e para a qual não há nenhuma solução ' +
        'alternativa razoável. Gera uma perda de receita significativa que não pode ser mitigada. ' +
        'Para evitar dúvidas, incidentes que afetam uma única campanha, inserção, deal, conta de ' +
        'usuário ou funcionalidade isolada normalmente não devem ser classificados como incidentes ' +
        'de prioridade Bloqueante.',
      examples: [
        'Plataforma de gerenciamento indisponível',
        'API indisponível',
        'Interrupção generalizada da veiculação de anúncios afetando várias inserções, deals, ' +
          'sites, aplicativos ou serviços',
        'Chamadas de anúncios sem resposta em uma parte substancial do Serviço',
        'Incidentes de infraestrutura que causam interrupção generalizada da veiculação',
      ],
    },
    critical: {
      label: 'Crítica',
      description:
        'Um incidente que afeta uma funcionalidade específica do Serviço, prejudica ' +
        'significativamente as operações normais e exige correção imediata, mas não constitui um ' +
        'incidente de prioridade Bloqueante. Tem impacto contínuo em uma funcionalidade específica ' +
        'e causa uma perda de receita limitada.',
      examples: [
        'Inserção/deal ativo sem veiculação',
        'Problema de tags que impede a veiculação',
        'Falha em um recurso de veiculação que exige pausar uma inserção/um deal ativo',
        'Queda substancial nas solicitações de anúncios ou no desempenho da veiculação afetando ' +
          'uma implementação específica',
        'Dados de relatórios ou da API indisponíveis ou significativamente imprecisos',
      ],
    },
    medium: {
      label: 'Média',
      description:
        'Um incidente que afeta uma funcionalidade não crítica do Serviço ou tem impacto ' +
        'operacional limitado, sem impedir diretamente a veiculação de anúncios. Não tem impacto ' +
        'direto na receita, porque o problema ocorreu no passado ou afeta uma funcionalidade não ' +
        'crítica.',
      examples: [
        'Inserção que não atinge a meta esperada',
        'Problemas de veiculação que não exigem tirar a inserção ou o deal do ar',
        'Problemas de exibição de criativos RTB',
        'Divergências nos relatórios',
        'Atrasos nos relatórios',
        'Inconsistências estatísticas que exigem investigação',
      ],
    },
    low: {
      label: 'Baixa',
      description:
        'Um incidente com impacto operacional mínimo ou com uma solução alternativa disponível, ' +
        'ou uma solicitação de informações, orientação, configuração ou assistência. Não tem ' +
        'impacto nas capacidades do negócio, ou existe uma solução alternativa eficaz.',
      examples: [
        'Pequenos problemas de interface ou usabilidade',
        'Dúvidas sobre a documentação',
        'Problemas no relatório de transparência',
        'Solicitações de acesso de usuários',
        'Ajuda com implantação ou configuração',
        'Problemas de integração no ambiente de testes',
        'Solicitações de suporte para integrações personalizadas',
      ],
    },
  },

  blockerPolicy: [
    'A prioridade Bloqueante é reservada para incidentes graves que afetam seriamente os níveis ' +
      'de qualidade e de serviço de vários ou de todos os clientes da Equativ, como uma ' +
      'indisponibilidade do serviço em toda a plataforma ou em larga escala.',
    'Normalmente, a causa raiz é uma indisponibilidade grave na infraestrutura de TI da Equativ.',
    'Incidentes que afetam uma única campanha, inserção, deal, conta de usuário ou ' +
      'funcionalidade isolada normalmente não são classificados como incidentes de prioridade ' +
      'Bloqueante.',
    'Um chamado de prioridade Bloqueante exige um contato técnico disponível o tempo todo para ' +
      'comunicação direta entre as equipes técnicas, troca de conhecimento especializado e ' +
      'testes da resolução.',
    'Se você não puder indicar esse contato, a Equativ poderá reduzir a prioridade do incidente.',
    'Por outro lado, a Equativ pode elevar a prioridade do chamado para Bloqueante se a ' +
      'investigação mostrar que isso se justifica.',
  ],

  caseTypes: {
    'accounts-user-management': {
      label: 'Contas e gerenciamento de usuários',
      categories: {
        'accounts-user-management-user-management': 'Gerenciamento de usuários',
        'accounts-user-management-roles-permissions': 'Funções e permissões',
        'accounts-user-management-login-sso': 'Login e logon único (SSO)',
        'accounts-user-management-api-account': 'Conta de API',
        'accounts-user-management-organization-settings': 'Configurações da organização',
      },
    },
    'activation-mapping-requests': {
      label: 'Solicitações de ativação e mapeamento',
      categories: {
        'activation-mapping-requests-audience-segment-mapping':
          'Mapeamento de segmentos de público',
        'activation-mapping-requests-contextual-data-mapping': 'Mapeamento de dados contextuais',
        'activation-mapping-requests-buyer-seat-mapping': 'Mapeamento de buyer seats',
        'activation-mapping-requests-deal-activation': 'Ativação de deals',
        'activation-mapping-requests-data-provider-onboarding': 'Onboarding de provedores de dados',
      },
    },
    'activation-module': {
      label: 'Módulo de ativação',
      categories: {
        'activation-module-audience-activation': 'Ativação de públicos',
        'activation-module-curated-packages': 'Pacotes com curadoria',
        'activation-module-segment-sharing': 'Compartilhamento de segmentos',
        'activation-module-activation-reporting': 'Relatórios de ativação',
      },
    },
    'setup-configuration': {
      label: 'Implantação e configuração',
      categories: {
        'setup-configuration-sites-apps': 'Sites e aplicativos',
        'setup-configuration-tagging': 'Implementação de tags',
        'setup-configuration-sdk-in-app': 'SDK in-app',
        'setup-configuration-ad-formats': 'Formatos de anúncio',
        'setup-configuration-creative-templates': 'Modelos de criativos',
        'setup-configuration-floor-prices': 'Preços mínimos e regras de preço',
      },
    },
    'insertion-setup': {
      label: 'Configuração de inserções',
      categories: {
        'insertion-setup-delivery-rules': 'Regras de veiculação',
        'insertion-setup-targeting': 'Segmentação',
        'insertion-setup-creatives': 'Criativos',
        'insertion-setup-capping-pacing': 'Capping e pacing',
        'insertion-setup-ad-serving-delivery': 'Ad serving e veiculação',
      },
    },
    reporting: {
      label: 'Relatórios',
      categories: {
        'reporting-instant-insights': 'Instant Insights',
        'reporting-reporting-api': 'API de relatórios',
        'reporting-scheduled-reports': 'Relatórios agendados',
        'reporting-counting-discrepancies': 'Divergências de contagem',
        'reporting-metrics-dimensions': 'Métricas e dimensões',
      },
    },
    forecast: {
      label: 'Previsão',
      categories: {
        'forecast-inventory-forecast': 'Previsão de inventário',
        'forecast-forecast-discrepancies': 'Divergências de previsão',
        'forecast-forecast-api': 'API de previsão',
      },
    },
    programmatic: {
      label: 'Programática',
      categories: {
        'programmatic-deals': 'Deals',
        'programmatic-deal-management-api': 'API de gerenciamento de deals',
        'programmatic-openrtb-integration': 'Integração OpenRTB',
        'programmatic-rtb-creative-display': 'Exibição de criativos RTB',
        'programmatic-transparency-report': 'Relatório de transparência',
      },
    },
    'customer-request': {
      label: 'Solicitação do cliente',
      categories: {
        'customer-request-documentation-question': 'Dúvida sobre a documentação',
        'customer-request-information-request': 'Solicitação de informações',
        'customer-request-feature-request': 'Solicitação de recurso',
        'customer-request-test-environment': 'Ambiente de testes',
        'customer-request-custom-integration': 'Integração personalizada',
      },
    },
  },

  closeReasons: {
    resolution_reached: {
      label: 'Resolução alcançada',
      description: 'Você e o especialista de suporte concordam que se chegou a uma resolução.',
    },
    not_caused_by_product: {
      label: 'Problema não causado por uma solução da Equativ',
      description:
        'A conclusão do chamado é que o problema não foi causado por uma solução fornecida pela ' +
        'Equativ.',
    },
    out_of_scope: {
      label: 'Fora do escopo do suporte',
      description:
        'O chamado está fora do escopo do suporte da Equativ. Por exemplo, solicitações de ' +
        'serviços de consultoria devem ser encaminhadas à equipe de serviço local.',
    },
    no_longer_an_issue: {
      label: 'Não é mais um problema',
      description: 'Você indica que o chamado não é mais um problema.',
    },
    working_as_designed: {
      label: 'Funcionando conforme projetado',
      description:
        'Foi identificado que o comportamento relatado no chamado funciona conforme projetado.',
    },
  },

  concernCategories: {
    lack_of_reply: {
      label: 'Falta de resposta/atenção',
      description: 'O chamado não recebeu nenhuma resposta da equipe de suporte técnico.',
    },
    lack_of_resolution: {
      label: 'Falta de resolução',
      description:
        'Solução fornecida insatisfatória. O chamado tem uma resolução pouco clara, incorreta ou ' +
        'inaceitável.',
    },
    repetitive_tasks: {
      label: 'Tarefas repetitivas',
      description: 'Tarefas ou ações demais a serem executadas neste chamado.',
    },
    unclear_resolution: {
      label: 'Resolução pouco clara',
      description: 'A resolução fornecida não é clara.',
    },
    wrong_reply: {
      label: 'Resposta incorreta',
      description: 'A resposta não trata do problema real.',
    },
    other: {
      label: 'Outro',
      description: 'Qualquer outro motivo para a reclamação.',
    },
  },

  outOfScope: [
    'Qualquer solução que não seja fornecida pela Equativ.',
    'Qualquer solução da Equativ que não seja usada de acordo com a documentação do produto.',
    'Qualquer modificação nas soluções da Equativ.',
    'Qualquer código que não faça parte das soluções da Equativ, incluindo código personalizado ' +
      'fornecido pelas equipes de serviço da Equativ, por você ou por terceiros.',
    'Problemas associados a produtos executados em qualquer ambiente sem suporte.',
    'Serviços de consultoria.',
  ],
};
