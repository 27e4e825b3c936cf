// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).

import { str } from '@lit/localize';

export const templates = {
  s1b4f6c: `Editar a captura de tela`,
  s1c0ea7: `Desenhar`,
  s3ff6fa: `Nenhuma captura foi feita: o compartilhamento da tela foi recusado ou cancelado. Anexe um arquivo ou cole uma captura de tela.`,
  s4827ad: `Destacar`,
  s5199ef: `A captura de tela`,
  s559708: `Desenhe caixas sobre a imagem. As caixas de ocultação ficam preenchidas de preto no arquivo anexado: use-as para nomes, valores e tudo o que for privado. As caixas de destaque apontam algo.`,
  s623137: `Adicionar caixa de ocultação`,
  s83e4aa: `Adicionar caixa de destaque`,
  s9c659b: str`Caixa de destaque ${0}`,
  s9df212: `Ocultar`,
  saff568: `Não foi possível fazer a captura neste navegador. Anexe um arquivo ou cole uma captura de tela.`,
  sccc0d8: `Anexar captura`,
  sda08bd: `Em uma caixa: as setas a movem, Shift com as setas a redimensiona, Delete a remove.`,
  sef707c: str`Caixa de ocultação ${0}`,
};
